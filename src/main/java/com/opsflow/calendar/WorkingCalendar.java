package com.opsflow.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The working calendar (R-AT-2): working periods 08:30–11:30 and 13:00–17:00 on weekdays, public
 * holidays off and make-up working days (調休) on, from configuration ({@code opsflow.calendar.*}),
 * in the department's time zone.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The instant reached after {@code workingTime} of working time from {@code start}. */
    Instant addWorkingTime(Instant start, Duration workingTime);

    /** Working days between two instants in half days: a morning or an afternoon period counts 0.5. */
    BigDecimal workingDaysBetween(Instant from, Instant to);

    /** The working day {@code days} working days after {@code day} (0 = the next working day on or after it). */
    LocalDate addWorkingDays(LocalDate day, int days);
}
