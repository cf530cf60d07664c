package com.opsflow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A BPMN timer on an engine with {@link WorkingTimeCalendarPlugin}: {@code working:} durations count
 * working time (R-AT-2) over a weekend, plain durations stay clock time (R-WO-1 style deadlines).
 */
class WorkingTimeTimerProcessTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PROCESS_KEY = "workingTimeTimer";
    static ProcessEngine engine;

    @BeforeAll
    static void buildEngineWithThePlugin() {
        var calendar = new ConfiguredWorkingCalendar(
                new CalendarProperties(SHANGHAI, Set.of(LocalDate.of(2026, 12, 1)), Set.of(), null));
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:calendar-timer;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("calendar-timer");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new WorkingTimeCalendarPlugin(calendar)));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("calendar/working-time-timer.bpmn").deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    }

    private Date dueDateOfTimerStartedAt(String now, String duration) {
        ClockUtil.setCurrentTime(at(now));
        String id = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of("duration", duration)).getId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
        return timer.getDuedate();
    }

    @Test
    void aWorkingTimeTimerStartedFridayAfternoonFallsDueMondayMorning_R_AT_2() {
        // Friday 2026-11-27 15:00: 2 h left on Friday, the weekend skipped, 2 h on Monday from 08:30
        assertThat(dueDateOfTimerStartedAt("2026-11-27T15:00:00", "working:PT4H")).isEqualTo(at("2026-11-30T10:30:00"));
    }

    @Test
    void aWorkingDayDurationSkipsTheWeekendAndAHoliday() {
        // Friday 15:00 + 1 working day (7 h): Friday 2 h, Monday 5 h (08:30–11:30, 13:00–15:00);
        // + 2 days skips the holiday Tuesday 2026-12-01 too
        assertThat(dueDateOfTimerStartedAt("2026-11-27T15:00:00", "working:P1D")).isEqualTo(at("2026-11-30T15:00:00"));
        assertThat(dueDateOfTimerStartedAt("2026-11-27T15:00:00", "working:P2D")).isEqualTo(at("2026-12-02T15:00:00"));
    }

    @Test
    void aPlainDurationStaysClockTime() {
        assertThat(dueDateOfTimerStartedAt("2026-11-27T15:00:00", "PT4H")).isEqualTo(at("2026-11-27T19:00:00"));
        assertThat(dueDateOfTimerStartedAt("2026-11-27T16:55:00", "PT10M")).isEqualTo(at("2026-11-27T17:05:00"));
    }

    @Test
    void theTimerFiresAtItsWorkingTimeDueDate() {
        ClockUtil.setCurrentTime(at("2026-11-27T15:00:00"));
        String id = engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, Map.of("duration", "working:PT4H")).getId();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(id).executable().count())
                .as("not due on Saturday").isZero();
        ClockUtil.setCurrentTime(at("2026-11-30T10:30:01"));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).executable().singleResult();
        assertThat(timer).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void aMalformedWorkingDurationIsRefusedClearly() {
        ClockUtil.setCurrentTime(at("2026-11-27T15:00:00"));
        assertThatThrownBy(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, Map.of("duration", "working:four hours")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("working:PT4H");
    }
}
