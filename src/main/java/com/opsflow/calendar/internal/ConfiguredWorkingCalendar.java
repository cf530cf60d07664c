package com.opsflow.calendar.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.calendar.WorkingPeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@link WorkingCalendar} from {@link CalendarProperties}. Pure computation, no clock, no database. */
@Service
public class ConfiguredWorkingCalendar implements WorkingCalendar {

    /** A calendar with no working day for ten years is a configuration error, not a loop forever. */
    private static final int MAX_DAYS_SEARCHED = 3660;
    private static final BigDecimal HALF_DAY = new BigDecimal("0.5");

    private final CalendarProperties properties;
    private final List<WorkingPeriod> periods;

    public ConfiguredWorkingCalendar(CalendarProperties properties) {
        this.properties = properties;
        this.periods = properties.workingPeriods();
    }

    @Override
    public ZoneId zone() {
        return properties.zone();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        // 調休 first: a make-up working day is often a Saturday or Sunday.
        if (properties.makeUpWorkingDays().contains(day)) {
            return true;
        }
        if (properties.holidays().contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    @Override
    public List<WorkingPeriod> workingPeriods(LocalDate day) {
        return isWorkingDay(day) ? periods : List.of();
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration remaining = workingTime;
        LocalDate day = LocalDate.ofInstant(start, zone());
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            for (WorkingPeriod period : workingPeriods(day)) {
                Instant periodStart = at(day, period.start());
                Instant periodEnd = at(day, period.end());
                Instant from = start.isAfter(periodStart) ? start : periodStart;
                if (!from.isBefore(periodEnd)) {
                    continue;
                }
                Duration available = Duration.between(from, periodEnd);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw noWorkingDay(start);
    }

    @Override
    public BigDecimal workingDaysBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return BigDecimal.ZERO.setScale(1);
        }
        // Half-day precision: a period touched for any part of it counts as a whole half day, the
        // way a leave form is filled in (a morning off, an afternoon off).
        BigDecimal days = BigDecimal.ZERO.setScale(1);
        LocalDate last = LocalDate.ofInstant(to, zone());
        for (LocalDate day = LocalDate.ofInstant(from, zone()); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingPeriod period : workingPeriods(day)) {
                if (from.isBefore(at(day, period.end())) && to.isAfter(at(day, period.start()))) {
                    days = days.add(HALF_DAY);
                }
            }
        }
        return days;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate current = nextWorkingDayOnOrAfter(day);
        for (int i = 0; i < days; i++) {
            current = nextWorkingDayOnOrAfter(current.plusDays(1));
        }
        return current;
    }

    /** Length of one full working day (7 hours by default): a working day of a BPMN duration. */
    Duration workingDayLength() {
        return periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    private LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate current = day;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, current = current.plusDays(1)) {
            if (isWorkingDay(current)) {
                return current;
            }
        }
        throw noWorkingDay(day);
    }

    private Instant at(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(zone()).toInstant();
    }

    private static IllegalStateException noWorkingDay(Object from) {
        return new IllegalStateException("no working day within " + MAX_DAYS_SEARCHED + " days of " + from
                + ": check opsflow.calendar");
    }
}
