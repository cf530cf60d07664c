package com.opsflow.monitoring.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * R-MS-1 "每周…一次": the ISO week (Monday to Sunday, in the department's zone) an inspection
 * belongs to, its label ({@code 2026-W48}, part of the business key) and its deadline and reminder
 * from {@link MonitoringProperties}.
 */
public final class InspectionWeeks {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MonitoringProperties settings;

    public InspectionWeeks(MonitoringProperties settings) {
        this.settings = settings;
    }

    /** The Monday of the week of {@code instant}. */
    public LocalDate mondayOf(Instant instant) {
        return mondayOf(LocalDate.ofInstant(instant, settings.zone()));
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String label(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public Instant dueAt(LocalDate monday) {
        return monday.with(TemporalAdjusters.nextOrSame(settings.inspectionDueDay())).atTime(settings.inspectionDueTime())
                .atZone(settings.zone()).toInstant();
    }

    public Instant reminderAt(LocalDate monday) {
        return monday.with(TemporalAdjusters.nextOrSame(settings.inspectionReminderDay()))
                .atTime(settings.inspectionReminderTime()).atZone(settings.zone()).toInstant();
    }

    public String shown(Instant instant) {
        return SHOWN.format(ZonedDateTime.ofInstant(instant, settings.zone()));
    }
}
