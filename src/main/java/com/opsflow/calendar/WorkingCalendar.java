package com.opsflow.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The working calendar (R-AT-2): working periods 08:30–11:30 and 13:00–17:00 on weekdays, public
 * holidays off and make-up working days (調休) on, from configuration ({@code opsflow.calendar.*}),
 * in the department's time zone.
 */
public interface WorkingCalendar {

    /**
     * Prefix of a BPMN timer duration counted in working time ({@code working:PT4H},
     * {@code working:P3D}); a duration without it ({@code PT10M}) is clock time.
     */
    String WORKING_TIME_PREFIX = "working:";

    boolean isWorkingDay(LocalDate day);

    /** The instant reached after {@code workingTime} of working time from {@code start}. */
    Instant addWorkingTime(Instant start, Duration workingTime);

    /** Working days between two instants in half days: a morning or an afternoon period counts 0.5. */
    BigDecimal workingDaysBetween(Instant from, Instant to);

    /** The working day {@code days} working days after {@code day} (0 = the next working day on or after it). */
    LocalDate addWorkingDays(LocalDate day, int days);

    /** The department's time zone: every local date and time of the calendar is read in it. */
    ZoneId zone();

    /** The working periods of a day in order (morning, afternoon), none on a day off. */
    List<WorkingPeriod> workingPeriods(LocalDate day);
}
