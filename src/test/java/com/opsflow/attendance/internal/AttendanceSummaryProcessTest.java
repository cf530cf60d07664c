package com.opsflow.attendance.internal;

import static com.opsflow.attendance.internal.AttendanceSummaryProcess.END_ACKNOWLEDGED;
import static com.opsflow.attendance.internal.AttendanceSummaryProcess.END_NOT_DUE;
import static com.opsflow.attendance.internal.AttendanceSummaryProcess.KEY;
import static com.opsflow.attendance.internal.AttendanceSummaryProcess.START_MONTH_START;
import static com.opsflow.attendance.internal.AttendanceSummaryProcess.TASK_ACKNOWLEDGE;
import static com.opsflow.attendance.internal.AttendanceSummaryProcess.TASK_BUILD;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.calendar.internal.CalendarProperties;
import com.opsflow.calendar.internal.ConfiguredWorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenarios of {@code bpmn/attendance/attendance-summary.bpmn} (R-AT-3, R-AT-4): the month-start
 * timer, the first-working-day check, the summary and the acknowledgement task.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/attendance/attendance-summary.bpmn", "forms/attendance/attendance-summary-acknowledge.form"})
class AttendanceSummaryProcessTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    ProcessEngine engine;
    final List<YearMonth> summarised = new ArrayList<>();
    List<MonthlySummary> rows = List.of();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        Mocks.register(AttendanceProperties.BEAN, new AttendanceProperties(null, null, null, null, null));
        // National Day 2026-10-01…07: the first working day of October is Thursday 2026-10-08.
        Set<LocalDate> holidays = Set.copyOf(IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2026, 10, d)).toList());
        var calendar = new ConfiguredWorkingCalendar(new CalendarProperties(SHANGHAI, holidays, Set.of(), null));
        Mocks.register("checkSummaryDue", new CheckSummaryDue(calendar, new AttendanceClock(),
                new AttendanceProperties(null, null, null, null, null)));
        Mocks.register("buildAttendanceSummary", new BuildAttendanceSummary(month -> {
            summarised.add(month);
            return rows;
        }));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    static MonthlySummary row(String staff, int late, int early, String absence) {
        return new MonthlySummary(staff, "員工" + staff, "2026-11", false, new BigDecimal("20.0"), late, early, 0,
                new BigDecimal(absence), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Consequence.of(late + early, 3));
    }

    /** Fires the month-start timer at the given local time, as the job executor would. */
    private HistoricProcessInstance fireTimerAt(String localDateTime) {
        Date now = Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
        ClockUtil.setCurrentTime(now);
        Job timer = managementService().createJobQuery().processDefinitionKey(KEY).activityId(START_MONTH_START)
                .timers().singleResult();
        managementService().executeJob(timer.getId());
        return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .orderByProcessInstanceStartTime().desc().list().get(0);
    }

    @Test
    void onTheFirstWorkingDayLastMonthsSummaryGoesToTheGroupLeaderToAcknowledge_R_AT_4() {
        rows = List.of(row("eng-1", 2, 1, "0"), row("eng-2", 3, 2, "1.5"), row("eng-3", 0, 0, "0"));

        HistoricProcessInstance run = fireTimerAt("2026-12-01T09:00:00");
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(run.getId()).singleResult();

        assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE).hasBusinessKey("2026-11");
        assertThat(instance).task().hasCandidateGroup("group-leader");
        assertThat(instance).variables()
                .containsEntry("month", "2026-11")
                .containsEntry("staffCount", 3)
                .containsEntry("lateEarlyTotal", 8)
                .containsEntry("criticismCount", 1L)
                .containsEntry("reportedCount", 1L)
                .containsEntry("absenceDays", "1.5")
                .containsEntry("csvPath", "/api/attendance/summary/2026-11.csv");
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "summaryText"))
                .startsWith("員工eng-2（eng-2）遲到 3、早退 2、曠工 1.5 天 → 報所屬公司")
                .contains("員工eng-1（eng-1）遲到 2、早退 1、曠工 0 天 → 例會批評")
                .doesNotContain("eng-3");
        Assertions.assertThat(summarised).containsExactly(YearMonth.of(2026, 11));

        complete(task(instance), withVariables("acknowledged", true, "ackComment", "已於例會宣讀"));
        assertThat(instance).isEnded().hasPassed(END_ACKNOWLEDGED);
    }

    @Test
    void theAcknowledgementTaskUsesTheCamundaFormOfForms() {
        fireTimerAt("2026-12-01T09:00:00");
        var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult();
        var form = engine.getFormService().getTaskFormKey(definition.getId(), TASK_ACKNOWLEDGE);
        var camundaFormRef = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE)
                .initializeFormKeys().singleResult().getCamundaFormRef();
        Assertions.assertThat(form).isNull();
        Assertions.assertThat(camundaFormRef.getKey()).isEqualTo(AttendanceSummaryProcess.FORM_ACKNOWLEDGE);
        Assertions.assertThat(camundaFormRef.getBinding()).isEqualTo("latest");
    }

    @Test
    void duringTheNationalDayHolidaysTheSummaryWaitsForTheFirstWorkingDay_R_AT_4() {
        HistoricProcessInstance holiday = fireTimerAt("2026-10-05T09:00:00");
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(holiday.getId())
                .activityId(END_NOT_DUE).count()).isEqualTo(1);
        Assertions.assertThat(summarised).isEmpty();

        HistoricProcessInstance firstWorkingDay = fireTimerAt("2026-10-08T09:00:00");
        Assertions.assertThat(firstWorkingDay.getBusinessKey()).isEqualTo("2026-09");
        Assertions.assertThat(summarised).containsExactly(YearMonth.of(2026, 9));
    }

    @Test
    void aMonthIsSummarisedOnceAndAMissedFirstWorkingDayIsCaughtUpNextMorning_R_AT_4() {
        // the node was down on Tuesday 2026-12-01: Wednesday catches up
        HistoricProcessInstance wednesday = fireTimerAt("2026-12-02T09:00:00");
        Assertions.assertThat(wednesday.getBusinessKey()).isEqualTo("2026-11");

        HistoricProcessInstance thursday = fireTimerAt("2026-12-03T09:00:00");
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(thursday.getId())
                .activityId(END_NOT_DUE).count()).isEqualTo(1);
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(thursday.getId())
                .activityId(TASK_BUILD).count()).isZero();
        Assertions.assertThat(summarised).containsExactly(YearMonth.of(2026, 11));
    }
}
