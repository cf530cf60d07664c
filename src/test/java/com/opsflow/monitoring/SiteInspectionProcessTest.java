package com.opsflow.monitoring;

import static com.opsflow.monitoring.process.MonitoringProcesses.END_INSPECTED;
import static com.opsflow.monitoring.process.MonitoringProcesses.END_REPAIRED;
import static com.opsflow.monitoring.process.MonitoringProcesses.ESCALATE_TO_STATION_HEAD;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECT;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION_OVERDUE;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION_REMINDER;
import static com.opsflow.monitoring.process.MonitoringProcesses.REMIND_ENGINEER;
import static com.opsflow.monitoring.process.MonitoringProcesses.REPAIR_FAULT;
import static com.opsflow.monitoring.process.MonitoringProcesses.REPORT_FAULT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.monitoring.internal.FaultReports;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Scenarios of {@code bpmn/monitoring/site-inspection.bpmn} on the real engine and tables
 * (R-MS-1, R-MS-2, R-MS-4): who gets the inspection and when it is due, the reminder and the
 * escalation to the station head, the records it writes, and a fault that cannot be fixed on site.
 * Weeks of March 2026 (2026-W10 … W13), Asia/Shanghai.
 */
@OpsFlowSpringBootTest
class SiteInspectionProcessTest extends MonitoringScenario {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FaultReports faults;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theWeeksInspectionGoesToTheSitesEngineerDueAtTheEndOfTheWeek_R_MS_1() {
        clock("2026-03-02T06:00"); // Monday of 2026-W10
        site("T-INS-A", "eng-west-2", LocalDate.of(2026, 3, 2), List.of());

        Assertions.assertThat(dueWork.startDueWorkOf("T-INS-A", ClockUtil.getCurrentTime().toInstant()))
                .containsExactly("T-INS-A/2026-W10");
        ProcessInstance inspection = instance("T-INS-A/2026-W10");

        assertThat(inspection).isWaitingAt(INSPECT).task().isAssignedTo("eng-west-2").hasDueDate(at("2026-03-08T23:59"));
        Assertions.assertThat(task(inspection).getName()).isEqualTo("例行巡檢：測試站點T-INS-A");
        Assertions.assertThat(timer(inspection, INSPECTION_REMINDER).getDuedate()).isEqualTo(at("2026-03-06T09:00"));
        Assertions.assertThat(timer(inspection, INSPECTION_OVERDUE).getDuedate()).isEqualTo(at("2026-03-08T23:59"));
        // a second run in the same week starts nothing
        Assertions.assertThat(dueWork.startDueWorkOf("T-INS-A", at("2026-03-04T06:00").toInstant())).isEmpty();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("T-INS-A/%").count()).isOne();
    }

    @Test
    void anOpenInspectionRemindsTheEngineerOnFridayAndEscalatesToTheStationHeadWhenOverdue_R_MS_1() {
        clock("2026-03-09T06:00"); // Monday of 2026-W11
        site("T-INS-B", "eng-west-3", LocalDate.of(2026, 3, 9), List.of());
        dueWork.startDueWorkOf("T-INS-B", ClockUtil.getCurrentTime().toInstant());
        ProcessInstance inspection = instance("T-INS-B/2026-W11");

        fire(timer(inspection, INSPECTION_REMINDER));
        assertThat(inspection).hasPassed(REMIND_ENGINEER).isWaitingAt(INSPECT);
        Assertions.assertThat(noticesOf("eng-west-3", "巡檢提醒：測試站點T-INS-B 2026-W11")).singleElement()
                .satisfies(n -> Assertions.assertThat(n.body()).contains("2026-03-15 23:59 前完成", "R-MS-1"));
        Assertions.assertThat(noticesOf("head-west", "T-INS-B")).isEmpty();
        Assertions.assertThat(overdueSites()).doesNotContain("T-INS-B");

        fire(timer(inspection, INSPECTION_OVERDUE));
        assertThat(inspection).hasPassed(ESCALATE_TO_STATION_HEAD).isWaitingAt(INSPECT).task().isAssignedTo("eng-west-3");
        Assertions.assertThat(noticesOf("head-west", "巡檢逾期：測試站點T-INS-B 2026-W11")).singleElement()
                .satisfies(n -> Assertions.assertThat(n.body()).contains("鄭雅婷", "2026-03-15 23:59", "R-MS-1"));
        // the dashboard shows it overdue from then on
        ClockUtil.setCurrentTime(at("2026-03-16T00:00"));
        Assertions.assertThat(overdueSites()).contains("T-INS-B");

        // done late: recorded, and no longer overdue
        completeAs("eng-west-3", task(inspection), allGood());
        assertThat(inspection).isEnded().hasPassed(END_INSPECTED);
        Assertions.assertThat(overdueSites()).doesNotContain("T-INS-B");
    }

    @Test
    void theCompletedChecklistIsKeptAsTheSitesInspectionAndReagentRecords_R_MS_2() {
        clock("2026-03-16T06:00"); // 2026-W12
        site("T-INS-C", "eng-west-2", LocalDate.of(2026, 3, 16), List.of());
        dueWork.startDueWorkOf("T-INS-C", ClockUtil.getCurrentTime().toInstant());
        ProcessInstance inspection = instance("T-INS-C/2026-W12");
        Map<String, Object> answers = allGood();
        answers.put("reagentReplaced", "true");
        answers.put("reagentDetail", "COD 試劑 A 液 500 mL");
        answers.put("dataUploadComplete", "false");
        answers.put("remarks", "週二網絡中斷 3 小時，數據補傳中");
        clock("2026-03-18T10:30");

        completeAs("eng-west-2", task(inspection), answers);

        assertThat(inspection).isEnded().hasPassed(END_INSPECTED).hasNotPassed(REPORT_FAULT);
        List<SiteRecord> kept = records.list("T-INS-C", null);
        Assertions.assertThat(kept).extracting(SiteRecord::kind).containsExactlyInAnyOrder(RecordKind.INSPECTION, RecordKind.REAGENT);
        SiteRecord record = records.list("T-INS-C", RecordKind.INSPECTION).get(0);
        Assertions.assertThat(record.recordedBy()).isEqualTo("eng-west-2");
        Assertions.assertThat(record.recordedAt()).isEqualTo(at("2026-03-18T10:30").toInstant());
        Assertions.assertThat(record.what()).startsWith("2026-W12 例行巡檢").contains("監控數據已完整上傳各級環保部門監控平臺：否");
        Assertions.assertThat(record.readings()).isEqualTo("COD 35 mg/L；氨氮 1.2 mg/L");
        Assertions.assertThat(record.remarks()).isEqualTo("週二網絡中斷 3 小時，數據補傳中");
        Assertions.assertThat(records.list("T-INS-C", RecordKind.REAGENT).get(0).what()).contains("COD 試劑 A 液 500 mL");
        // K-4: the incomplete upload counts against completeness
        MonitoringFigures.Figures week = figures.figures(Optional.of("west"), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22));
        Assertions.assertThat(week.inspectionsDone()).isGreaterThanOrEqualTo(1);
        Assertions.assertThat(week.uploadComplete()).isLessThan(week.inspectionsDone());
    }

    @Test
    void aFaultNotFixableOnSiteIsReportedToTheStationHeadAndTheBureauAndTrackedToRepair_R_MS_4() throws Exception {
        clock("2026-03-23T06:00"); // 2026-W13
        Site site = site("T-INS-D", "eng-west-2", LocalDate.of(2026, 3, 23), List.of());
        dueWork.startDueWorkOf("T-INS-D", ClockUtil.getCurrentTime().toInstant());
        ProcessInstance inspection = instance("T-INS-D/2026-W13");
        Map<String, Object> answers = allGood();
        answers.put("faultFound", "unfixed");
        answers.put("faultDescription", "COD 分析儀蠕動泵損壞，無法抽樣");
        clock("2026-03-24T14:00");

        completeAs("eng-west-2", task(inspection), answers);

        assertThat(inspection).hasPassed(REPORT_FAULT).isWaitingAt(REPAIR_FAULT).task().isAssignedTo("eng-west-2");
        Assertions.assertThat(faults.of("T-INS-D")).singleElement().satisfies(f -> {
            Assertions.assertThat(f.description()).isEqualTo("COD 分析儀蠕動泵損壞，無法抽樣");
            Assertions.assertThat(f.superior()).isEqualTo("head-west");
            Assertions.assertThat(f.bureauEmail()).isEqualTo(site.bureau().email());
            Assertions.assertThat(f.reportedAt()).isEqualTo(at("2026-03-24T14:00").toInstant());
            Assertions.assertThat(f.repairedAt()).isNull();
        });
        Assertions.assertThat(noticesOf("head-west", "監測站點故障報告：測試站點T-INS-D")).singleElement()
                .satisfies(n -> Assertions.assertThat(n.body()).contains("蠕動泵損壞", "R-MS-4"));
        Assertions.assertThat(mailsTo(site.bureau().email())).anySatisfy(subject ->
                Assertions.assertThat(subject).isEqualTo("監測站點故障報告：測試站點T-INS-D（T-INS-D）"));
        Assertions.assertThat(noticesOf("head-west", "T-INS-D")).hasSize(1); // once, not per retry or per reader

        clock("2026-03-25T16:00");
        completeAs("eng-west-2", task(inspection), Map.of("repairAction", "廠家工程師更換蠕動泵，恢復抽樣", "repairReadings", "COD 38 mg/L"));

        assertThat(inspection).isEnded().hasPassed(END_REPAIRED);
        Assertions.assertThat(faults.of("T-INS-D").get(0).repairedAt()).isEqualTo(at("2026-03-25T16:00").toInstant());
        Assertions.assertThat(records.list("T-INS-D", RecordKind.REPAIR)).singleElement()
                .satisfies(r -> Assertions.assertThat(r.what()).contains("蠕動泵損壞", "更換蠕動泵"));
    }

    @Test
    void anIncompleteChecklistIsRefusedWithAChineseMessageAndTheTaskStaysOpen_R_MS_1() {
        clock("2026-03-30T06:00"); // 2026-W14
        site("T-INS-E", "eng-west-2", LocalDate.of(2026, 3, 30), List.of());
        dueWork.startDueWorkOf("T-INS-E", ClockUtil.getCurrentTime().toInstant());
        ProcessInstance inspection = instance("T-INS-E/2026-W14");
        Task open = task(inspection);

        ResponseEntity<String> refused = rest.withBasicAuth("eng-west-2", "eng-west-2").postForEntity(
                "/engine-rest/task/" + open.getId() + "/complete",
                Map.of("variables", Map.of("stationNormal", Map.of("value", "true"), "faultFound", Map.of("value", "unfixed"))),
                String.class);

        Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(refused.getBody()).contains("請回答巡檢項目");
        assertThat(inspection).isWaitingAt(INSPECT);
        Assertions.assertThat(records.list("T-INS-E", null)).isEmpty();
    }

    private List<String> overdueSites() {
        return figures.figures(Optional.empty(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).overdueInspections()
                .stream().map(MonitoringFigures.Overdue::siteCode).toList();
    }

    /** The subjects mailed to {@code address}, waiting up to ten seconds for the sender thread. */
    private List<String> mailsTo(String address) throws Exception {
        for (int i = 0; i < 100 && Arrays.stream(mail.getReceivedMessages()).noneMatch(m -> recipients(m).contains(address)); i++) {
            Thread.sleep(100);
        }
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipients(m).contains(address)).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
