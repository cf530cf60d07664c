package com.opsflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's engine and configuration: the working-time calendar is in place. */
@OpsFlowSpringBootTest
class CalendarWiringBootTest {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ProcessEngine engine;

    @Test
    void theConfiguredCalendarKnowsNationalDayAndItsMakeUpSaturday() {
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday 調休").isTrue();
    }

    @Test
    void theEnginesDurationCalendarCountsWorkingTimeOverAWeekend_R_AT_2() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var duration = configuration.getBusinessCalendarManager().getBusinessCalendar(DurationBusinessCalendar.NAME);
        assertThat(duration).isInstanceOf(WorkingTimeBusinessCalendar.class);
        Date fridayAfternoon = at("2026-11-27T15:00:00");
        assertThat(duration.resolveDuedate(WorkingCalendar.WORKING_TIME_PREFIX + "PT4H", fridayAfternoon))
                .isEqualTo(at("2026-11-30T10:30:00"));
        assertThat(duration.resolveDuedate("PT4H", fridayAfternoon)).isEqualTo(at("2026-11-27T19:00:00"));
    }

    private static Date at(String local) {
        Instant instant = LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return Date.from(instant);
    }
}
