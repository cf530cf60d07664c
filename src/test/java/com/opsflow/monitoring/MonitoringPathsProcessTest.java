package com.opsflow.monitoring;

import static com.opsflow.monitoring.process.MonitoringProcesses.CALIBRATE;
import static com.opsflow.monitoring.process.MonitoringProcesses.CALIBRATION;
import static com.opsflow.monitoring.process.MonitoringProcesses.CALIBRATION_OVERDUE;
import static com.opsflow.monitoring.process.MonitoringProcesses.END_CALIBRATED;
import static com.opsflow.monitoring.process.MonitoringProcesses.END_INSPECTED;
import static com.opsflow.monitoring.process.MonitoringProcesses.END_REPAIRED;
import static com.opsflow.monitoring.process.MonitoringProcesses.ESCALATE_CALIBRATION;
import static com.opsflow.monitoring.process.MonitoringProcesses.ESCALATE_TO_STATION_HEAD;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECT;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION_OVERDUE;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION_REMINDER;
import static com.opsflow.monitoring.process.MonitoringProcesses.MARK_CALIBRATION_OVERDUE;
import static com.opsflow.monitoring.process.MonitoringProcesses.RECORD_CALIBRATION;
import static com.opsflow.monitoring.process.MonitoringProcesses.RECORD_INSPECTION;
import static com.opsflow.monitoring.process.MonitoringProcesses.RECORD_REPAIR;
import static com.opsflow.monitoring.process.MonitoringProcesses.REMIND_ENGINEER;
import static com.opsflow.monitoring.process.MonitoringProcesses.REPAIR_FAULT;
import static com.opsflow.monitoring.process.MonitoringProcesses.REPORT_FAULT;
import static com.opsflow.monitoring.process.MonitoringProcesses.SCHEDULE;
import static com.opsflow.monitoring.process.MonitoringProcesses.START_CALIBRATIONS;
import static com.opsflow.monitoring.process.MonitoringProcesses.START_INSPECTIONS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.opsflow.monitoring.internal.DueWork;
import com.opsflow.monitoring.internal.FaultReports;
import com.opsflow.monitoring.internal.JdbcSiteRecords;
import com.opsflow.monitoring.internal.JdbcSites;
import com.opsflow.monitoring.internal.MonitoringProperties;
import com.opsflow.monitoring.internal.WorkRows;
import com.opsflow.monitoring.process.CheckSiteAnswers;
import com.opsflow.monitoring.process.MarkCalibrationOverdue;
import com.opsflow.monitoring.process.RecordCalibration;
import com.opsflow.monitoring.process.RecordInspection;
import com.opsflow.monitoring.process.RecordSiteRepair;
import com.opsflow.monitoring.process.ReportSiteFault;
import com.opsflow.monitoring.process.StartDueCalibrations;
import com.opsflow.monitoring.process.StartDueInspections;
import com.opsflow.notification.process.NotifyPerson;
import com.opsflow.platform.TaskInputRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of the three monitoring models on the in-memory scenario engine (measured by the
 * process-coverage extension): the daily schedule (R-MS-1, R-MS-3), the weekly inspection with its
 * reminder, escalation and a fault not fixed on site (R-MS-1, R-MS-2, R-MS-4), and the calibration
 * with its overdue escalation (R-MS-3). The real delegates and the form check run over mocked
 * tables; {@code SiteInspectionProcessTest} and its siblings cover the same rules on the real tables.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/monitoring/site-monitoring-schedule.bpmn", "bpmn/monitoring/site-inspection.bpmn",
        "bpmn/monitoring/instrument-calibration.bpmn", "forms/monitoring/site-inspection.form",
        "forms/monitoring/site-fault-repair.form", "forms/monitoring/instrument-calibration.form"})
class MonitoringPathsProcessTest {

    /** Monday of 2026-W10, 06:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-03-01T22:00:00Z");

    final DueWork dueWork = mock(DueWork.class);
    final JdbcSiteRecords records = mock(JdbcSiteRecords.class);
    final JdbcSites sites = mock(JdbcSites.class);
    final WorkRows rows = mock(WorkRows.class);
    final FaultReports faults = mock(FaultReports.class);
    final List<String> notified = new ArrayList<>();
    ProcessEngine engine;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        MonitoringProperties settings = MonitoringProperties.defaults();
        Mocks.register(MonitoringProperties.BEAN, settings);
        Mocks.register("startDueInspections", new StartDueInspections(dueWork));
        Mocks.register("startDueCalibrations", new StartDueCalibrations(dueWork));
        Mocks.register("checkSiteAnswers", new CheckSiteAnswers());
        Mocks.register("recordInspection", new RecordInspection(records, rows));
        Mocks.register("reportSiteFault", new ReportSiteFault(faults, sites));
        Mocks.register("recordSiteRepair", new RecordSiteRepair(records, faults));
        Mocks.register("recordCalibration", new RecordCalibration(records, sites, rows, settings));
        Mocks.register("markCalibrationOverdue", new MarkCalibrationOverdue(rows));
        Mocks.register("notifyPerson", new NotifyPerson((to, subject, body) -> notified.add(to + " " + subject)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theDailyScheduleStartsTheDueInspectionsThenTheDueCalibrations_R_MS_1_R_MS_3() {
        when(dueWork.startDueInspections(any())).thenReturn(List.of("T-A/2026-W10", "T-B/2026-W10"));
        when(dueWork.startDueCalibrations(any())).thenReturn(List.of("T-A/COD-1/2026-03-06"));
        Job daily = engine.getManagementService().createJobQuery().processDefinitionKey(SCHEDULE).timers().singleResult();

        engine.getManagementService().executeJob(daily.getId());

        var run = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE).singleResult();
        Assertions.assertThat(run.getEndTime()).isNotNull();
        var activities = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .orderPartiallyByOccurrence().asc().list().stream().map(a -> a.getActivityId()).toList();
        Assertions.assertThat(activities).containsSubsequence(START_INSPECTIONS, START_CALIBRATIONS);
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.getId())
                .variableName("calibrationsStarted").singleResult().getValue()).isEqualTo(1);
    }

    @Test
    void anOpenInspectionRemindsTheEngineerThenEscalatesToTheStationHeadAndStaysWithTheEngineer_R_MS_1() {
        ProcessInstance inspection = startInspection();

        fire(inspection, INSPECTION_REMINDER);
        Assertions.assertThat(notified).containsExactly("eng-west-2 巡檢提醒：測試站點 2026-W10");
        fire(inspection, INSPECTION_OVERDUE);
        Assertions.assertThat(notified).last().isEqualTo("head-west 巡檢逾期：測試站點 2026-W10");

        assertThat(inspection).hasPassed(REMIND_ENGINEER, ESCALATE_TO_STATION_HEAD).isWaitingAt(INSPECT);
        assertThat(task(inspection)).isAssignedTo("eng-west-2");
        complete(task(inspection), allGood());
        assertThat(inspection).hasPassed(RECORD_INSPECTION, END_INSPECTED).hasNotPassed(REPORT_FAULT).isEnded();
        verify(rows).inspectionDone(eq("T-A"), eq("2026-W10"), eq("eng-west-2"), any(), eq(true), eq(false));
    }

    @Test
    void aFaultNotFixedOnSiteIsReportedAndFollowedUntilRepaired_R_MS_4() {
        ProcessInstance inspection = startInspection();
        Map<String, Object> answers = allGood();
        answers.put("faultFound", "unfixed");
        answers.put("faultDescription", "COD 分析儀泵管破裂");

        complete(task(inspection), answers);
        assertThat(inspection).hasPassed(RECORD_INSPECTION, REPORT_FAULT).isWaitingAt(REPAIR_FAULT);
        verify(faults).report(isNull(), eq("2026-W10"), eq("COD 分析儀泵管破裂"), eq("eng-west-2"), eq("head-west"), any(),
                eq(inspection.getId()), eq(inspection.getId() + ":fault"));

        complete(task(inspection), withVariables("repairAction", "更換泵管", "repairReadings", "COD 33 mg/L"));
        assertThat(inspection).hasPassed(RECORD_REPAIR, END_REPAIRED).isEnded();
        verify(faults).repaired(eq(inspection.getId() + ":fault"), eq("eng-west-2"), any(), eq("更換泵管"));
    }

    @Test
    void anInspectionWithoutItsChecklistIsRefusedAndWritesNothing_R_MS_1() {
        ProcessInstance inspection = startInspection();
        Map<String, Object> answers = allGood();
        answers.remove("readings");

        Assertions.assertThatThrownBy(() -> complete(task(inspection), answers))
                .hasRootCauseInstanceOf(TaskInputRefused.class).hasMessageContaining("請填寫儀器讀數");
        assertThat(inspection).isWaitingAt(INSPECT);
        verify(records, never()).write(anyString(), any(), anyString(), any(), anyString(), any(), any(), anyString());
    }

    @Test
    void anOverdueCalibrationIsCountedAndEscalatedThenRecordedWhenDone_R_MS_3() {
        ProcessInstance calibration = engine.getRuntimeService().startProcessInstanceByKey(CALIBRATION, "T-A/COD-1/2026-03-06",
                calibrationVariables());

        fire(calibration, CALIBRATION_OVERDUE);
        assertThat(calibration).hasPassed(MARK_CALIBRATION_OVERDUE, ESCALATE_CALIBRATION).isWaitingAt(CALIBRATE);
        verify(rows).calibrationEscalated(eq("T-A"), eq("COD-1"), eq(LocalDate.of(2026, 3, 6)), any());
        Assertions.assertThat(notified).containsExactly("head-west 校準逾期：測試站點 COD 分析儀");

        complete(task(calibration), withVariables("calibrationResult", "pass", "readingsBefore", "36", "readingsAfter", "35"));
        assertThat(calibration).hasPassed(RECORD_CALIBRATION, END_CALIBRATED).isEnded();
        verify(records).write(eq("T-A"), eq(RecordKind.CALIBRATION), eq("eng-west-2"), any(), startsWith("COD 分析儀（COD-1）校準及校驗：校驗合格"),
                anyString(), anyString(), eq(calibration.getId() + ":calibration"));
        verify(rows).calibrationDone(eq("T-A"), eq("COD-1"), eq(LocalDate.of(2026, 3, 6)), eq("eng-west-2"), any());
    }

    private ProcessInstance startInspection() {
        Map<String, Object> vars = siteVariables();
        vars.put("week", "2026-W10");
        vars.put("dueAt", Date.from(Instant.parse("2026-03-08T15:59:00Z")));
        vars.put("dueText", "2026-03-08 23:59");
        vars.put("reminderAt", Date.from(Instant.parse("2026-03-06T01:00:00Z")));
        return engine.getRuntimeService().startProcessInstanceByKey(INSPECTION, "T-A/2026-W10", vars);
    }

    private static Map<String, Object> calibrationVariables() {
        Map<String, Object> vars = siteVariables();
        vars.put("instrumentCode", "COD-1");
        vars.put("instrumentName", "COD 分析儀");
        vars.put("intervalDays", 30);
        vars.put("lastCalibratedOn", "2026-02-04");
        vars.put("dueOn", "2026-03-06");
        vars.put("dueAt", Date.from(Instant.parse("2026-03-06T16:00:00Z")));
        return vars;
    }

    private static Map<String, Object> siteVariables() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("siteCode", "T-A");
        vars.put("siteName", "測試站點");
        vars.put("engineer", "eng-west-2");
        vars.put("engineerName", "西區工程師二");
        vars.put("stationHead", "head-west");
        return vars;
    }

    private void fire(ProcessInstance instance, String boundaryEvent) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(boundaryEvent).timers().singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
    }

    private static Map<String, Object> allGood() {
        return MonitoringScenario.allGood();
    }
}
