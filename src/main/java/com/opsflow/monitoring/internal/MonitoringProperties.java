package com.opsflow.monitoring.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the monitoring sites ({@code opsflow.monitoring.*}), read by the models as
 * {@code ${monitoring.schedule}}. Weeks are ISO weeks (Monday to Sunday) in {@code zone}.
 *
 * @param schedule               R-MS-1, R-MS-3: when the engine looks for due inspections and
 *                               calibrations (cron, server time); each run also catches up what a
 *                               downtime missed
 * @param inspectionDueDay       R-MS-1: the week's inspection is due on this day of its week …
 * @param inspectionDueTime      … at this time; then it escalates to the station head
 * @param inspectionReminderDay  R-MS-1: the engineer is reminded on this day of the week …
 * @param inspectionReminderTime … at this time, when the inspection is still open
 * @param catchUpWeeks           R-MS-1: after a downtime, inspections are started for up to this
 *                               many weeks back (including the current one), each with its own deadline
 * @param calibrationLead        R-MS-3: the calibration task is created this long before the due date
 * @param catchUpOnBoot          R-MS-1: start what is due right after start-up (not only at the next schedule)
 */
@ConfigurationProperties("opsflow.monitoring")
public record MonitoringProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("0 0 6 * * ?") String schedule,
        @DefaultValue("SUNDAY") DayOfWeek inspectionDueDay,
        @DefaultValue("23:59") LocalTime inspectionDueTime,
        @DefaultValue("FRIDAY") DayOfWeek inspectionReminderDay,
        @DefaultValue("09:00") LocalTime inspectionReminderTime,
        @DefaultValue("4") int catchUpWeeks,
        @DefaultValue("P7D") Period calibrationLead,
        @DefaultValue("true") boolean catchUpOnBoot) {

    /** The name BPMN expressions use. */
    public static final String BEAN = "monitoring";

    public MonitoringProperties {
        if (catchUpWeeks < 1) {
            throw new IllegalArgumentException("opsflow.monitoring.catch-up-weeks 至少為 1 / must be at least 1");
        }
        int reminder = inspectionReminderDay.getValue() * 24 * 60 + inspectionReminderTime.toSecondOfDay() / 60;
        int due = inspectionDueDay.getValue() * 24 * 60 + inspectionDueTime.toSecondOfDay() / 60;
        if (reminder >= due) {
            throw new IllegalArgumentException("opsflow.monitoring 巡檢提醒須早於到期 / the reminder must come before the deadline");
        }
        if (calibrationLead.isNegative()) {
            throw new IllegalArgumentException("opsflow.monitoring.calibration-lead 不可為負 / must not be negative");
        }
    }

    /** Defaults as in application.yaml, for tests. */
    public static MonitoringProperties defaults() {
        return new MonitoringProperties(ZoneId.of("Asia/Shanghai"), "0 0 6 * * ?", DayOfWeek.SUNDAY, LocalTime.of(23, 59),
                DayOfWeek.FRIDAY, LocalTime.of(9, 0), 4, Period.ofDays(7), true);
    }

    // Bean-style getter: the schedule process says ${monitoring.schedule}.

    public String getSchedule() {
        return schedule;
    }
}
