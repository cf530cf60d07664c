package com.opsflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The working calendar of R-AT-2 on a fixed configuration: November 2026, Monday 2026-11-23 …
 * Friday 2026-11-27; Wednesday 2026-11-25 a holiday, Saturday 2026-11-28 a make-up working day.
 */
class ConfiguredWorkingCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 25);
    static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 11, 28);

    final ConfiguredWorkingCalendar calendar = new ConfiguredWorkingCalendar(
            new CalendarProperties(SHANGHAI, Set.of(HOLIDAY), Set.of(MAKE_UP_SATURDAY), null));

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void weekdaysWorkWeekendsDoNot_R_AT_2() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("ordinary Saturday").isFalse();
    }

    @Test
    void aConfiguredHolidayIsNoWorkingDayAndAMakeUpSaturdayIs() {
        assertThat(calendar.isWorkingDay(HOLIDAY)).isFalse();
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
        assertThat(calendar.workingPeriods(HOLIDAY)).isEmpty();
        assertThat(calendar.workingPeriods(MAKE_UP_SATURDAY)).hasSize(2);
    }

    @Test
    void workingTimeStaysInsideThePeriods() {
        assertThat(calendar.addWorkingTime(at("2026-11-23T08:30:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-23T10:30:00"));
        // exactly to the end of the morning period
        assertThat(calendar.addWorkingTime(at("2026-11-23T08:30:00"), Duration.ofHours(3)))
                .isEqualTo(at("2026-11-23T11:30:00"));
    }

    @Test
    void theLunchBreakIsNoWorkingTime_R_AT_2() {
        assertThat(calendar.addWorkingTime(at("2026-11-23T11:00:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-23T13:30:00"));
        // starting inside the lunch break starts counting at 13:00
        assertThat(calendar.addWorkingTime(at("2026-11-23T12:15:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-11-23T13:30:00"));
    }

    @Test
    void eveningsAndNightsAreNoWorkingTime() {
        assertThat(calendar.addWorkingTime(at("2026-11-23T16:00:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-24T09:30:00"));
        assertThat(calendar.addWorkingTime(at("2026-11-23T06:00:00"), Duration.ofMinutes(1)))
                .isEqualTo(at("2026-11-23T08:31:00"));
    }

    @Test
    void workingTimeSkipsAHolidayAndCountsAMakeUpSaturday() {
        // Tuesday 16:00 + 2h: Tuesday 1h, Wednesday is a holiday, Thursday 08:30 + 1h
        assertThat(calendar.addWorkingTime(at("2026-11-24T16:00:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-26T09:30:00"));
        // Friday 16:00 + 2h: Friday 1h, then the make-up Saturday
        assertThat(calendar.addWorkingTime(at("2026-11-27T16:00:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-28T09:30:00"));
    }

    @Test
    void workingTimeSkipsAnOrdinaryWeekend() {
        // Friday 2026-11-20 16:00 + 2h → Monday 2026-11-23 09:30
        assertThat(calendar.addWorkingTime(at("2026-11-20T16:00:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-23T09:30:00"));
    }

    @Test
    void zeroWorkingTimeIsTheStartAndNegativeIsRefused() {
        assertThat(calendar.addWorkingTime(at("2026-11-22T10:00:00"), Duration.ZERO)).isEqualTo(at("2026-11-22T10:00:00"));
        assertThatThrownBy(() -> calendar.addWorkingTime(at("2026-11-23T10:00:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysAreCountedInHalfDays() {
        assertThat(calendar.workingDaysBetween(at("2026-11-23T08:30:00"), at("2026-11-23T11:30:00")))
                .isEqualByComparingTo("0.5");
        assertThat(calendar.workingDaysBetween(at("2026-11-23T08:30:00"), at("2026-11-23T17:00:00")))
                .isEqualByComparingTo("1");
        assertThat(calendar.workingDaysBetween(at("2026-11-23T13:00:00"), at("2026-11-24T11:30:00")))
                .isEqualByComparingTo("1");
        // a part of a period is a half day; the lunch break alone is nothing
        assertThat(calendar.workingDaysBetween(at("2026-11-23T10:00:00"), at("2026-11-23T10:30:00")))
                .isEqualByComparingTo("0.5");
        assertThat(calendar.workingDaysBetween(at("2026-11-23T11:30:00"), at("2026-11-23T13:00:00")))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void workingDaysBetweenSkipWeekendAndHolidayButCountTheMakeUpDay() {
        // Monday 08:30 to Sunday 2026-11-29 24:00: Mon, Tue, Thu, Fri, make-up Sat = 5 days
        assertThat(calendar.workingDaysBetween(at("2026-11-23T08:30:00"), at("2026-11-30T00:00:00")))
                .isEqualByComparingTo("5");
        assertThat(calendar.workingDaysBetween(at("2026-11-24T17:00:00"), at("2026-11-24T08:30:00")))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void addingWorkingDaysSkipsDaysOff() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.addWorkingDays(HOLIDAY, 0)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 24), 1)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(MAKE_UP_SATURDAY);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 2)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void periodsAreConfigurable() {
        var early = new ConfiguredWorkingCalendar(
                new CalendarProperties(SHANGHAI, Set.of(), Set.of(), List.of("08:00-12:00", "14:00-18:00")));
        assertThat(early.addWorkingTime(at("2026-11-23T11:00:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-23T15:00:00"));
        assertThatThrownBy(() -> new CalendarProperties(SHANGHAI, Set.of(), Set.of(), List.of("13:00-17:00", "08:30-11:30")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
