package com.opsflow.attendance.internal;

import java.time.LocalDate;
import java.util.List;

/** A day of a staff member's month; a day off has no periods. */
public record DayResult(LocalDate date, boolean workingDay, List<PeriodResult> periods) {
}
