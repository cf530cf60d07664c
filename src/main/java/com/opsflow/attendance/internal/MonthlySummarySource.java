package com.opsflow.attendance.internal;

import java.time.YearMonth;
import java.util.List;

/** The monthly summary of every staff member who signs in (what the month-end process builds). */
@FunctionalInterface
public interface MonthlySummarySource {

    List<MonthlySummary> summaryOfAll(YearMonth month);
}
