package com.opsflow.calendar.internal;

import com.opsflow.calendar.WorkingPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opsflow.calendar.*}: the department's time zone, public holidays, make-up working days
 * (調休, a Saturday or Sunday worked in exchange for a bridge day) and the two working periods of a
 * day (R-AT-2). Holidays are published by the State Council each year: add the new year's dates
 * to the configuration, nothing in code changes.
 *
 * @param periods exactly two, morning then afternoon, written {@code HH:mm-HH:mm}: leave is
 *                counted in half days, one half per period
 */
@ConfigurationProperties("opsflow.calendar")
public record CalendarProperties(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays,
        List<String> periods) {

    static final List<String> DEFAULT_PERIODS = List.of("08:30-11:30", "13:00-17:00");

    public CalendarProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        makeUpWorkingDays = makeUpWorkingDays == null ? Set.of() : Set.copyOf(makeUpWorkingDays);
        periods = periods == null || periods.isEmpty() ? DEFAULT_PERIODS : List.copyOf(periods);
        List<WorkingPeriod> parsed = periods.stream().map(WorkingPeriod::parse).toList();
        if (parsed.size() != 2 || !parsed.get(0).end().isBefore(parsed.get(1).start())) {
            throw new IllegalArgumentException(
                    "opsflow.calendar.periods must be two periods, morning before afternoon: " + periods);
        }
        Set<LocalDate> both = new java.util.HashSet<>(holidays);
        both.retainAll(makeUpWorkingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a day cannot be a holiday and a make-up working day: " + both);
        }
    }

    List<WorkingPeriod> workingPeriods() {
        return periods.stream().map(WorkingPeriod::parse).toList();
    }
}
