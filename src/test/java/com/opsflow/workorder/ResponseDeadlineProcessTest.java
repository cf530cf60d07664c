package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.CHAIN_STALLED;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT_OVERDUE;
import static com.opsflow.workorder.WorkOrderProcess.FINES_DUE;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_OPS_MANAGER;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_STATION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.appraisal.LedgerEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The called process {@code response-deadline} on its own (R-WO-1…4, R-WO-8): started as the order
 * processes start it, dispatched at T0, with the figures of {@code opsflow.deadlines}.
 */
@Deployment(resources = "bpmn/workorder/response-deadline.bpmn")
class ResponseDeadlineProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return WorkOrderProcess.RESPONSE_DEADLINE;
    }

    ProcessInstance dispatched(String orderType) {
        return dispatched(orderType, "head-east", "mgr-east");
    }

    /** The variables the order processes pass in (their call activity's camunda:in list). */
    ProcessInstance dispatched(String orderType, String stationHead, String stationManager) {
        Date contactDue = deadlines.dueAfter(at(Duration.ZERO), deadlines.contact());
        Map<String, Object> vars = new java.util.HashMap<>(Map.of("orderNo", "WO-20261125-0042", "orderType", orderType,
                "orderTypeName", "報修", "customerName", "陳大文", "customerPhone", "13800138000", "address", "東區幸福路 1 號",
                "stationName", "東區站", "engineer", ENGINEER, "engineerName", "王小明", "csAgent", "cs-1"));
        vars.putAll(Map.of("opsManager", "ops-mgr", "stationHead", stationHead, "stationManager", stationManager,
                "dispatchedAt", at(Duration.ZERO), "contactDue", contactDue, "contactDeadline", deadlines.text(contactDue)));
        return engine.getRuntimeService().startProcessInstanceByKey(processKey(), "WO-20261125-0042", vars);
    }

    private void contactNow(ProcessInstance response) {
        complete(task(CONTACT, response), withVariables("appointment", at(Duration.ofHours(2))));
    }

    private void contactOverdue(ProcessInstance response) {
        fireContactOverdue(response, Duration.ofMinutes(10));
    }

    private void tellTheStationAt(ProcessInstance response, Duration opsManagerTold, Duration stationTold) {
        clock(opsManagerTold);
        complete(task(NOTIFY_OPS_MANAGER, response));
        clock(stationTold);
        complete(task(NOTIFY_STATION, response));
    }

    private void assertFiveFinedAt(Duration afterDispatch, BigDecimal amount) {
        List<LedgerEntry> fines = appraisal.fines("R-WO-3");
        Assertions.assertThat(fines).extracting(LedgerEntry::staff).containsExactlyInAnyOrderElementsOf(FIVE);
        Assertions.assertThat(fines).allSatisfy(f -> {
            Assertions.assertThat(f.amountRmb()).isEqualByComparingTo(amount);
            Assertions.assertThat(f.occurredAt()).isEqualTo(T0.plus(afterDispatch));
        });
    }

    @Test
    void contactInTimeEndsTheDeadlineWithoutAnyEntry_R_WO_1() {
        ProcessInstance response = dispatched("REPAIR");
        assertThat(task(CONTACT, response)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofMinutes(10)));
        Assertions.assertThat(job(CONTACT_OVERDUE, response).getDuedate()).isEqualTo(at(Duration.ofMinutes(10)));
        clock(Duration.ofMinutes(9));
        contactNow(response);
        assertThat(response).isEnded();
        Assertions.assertThat(appraisal.entries()).isEmpty();
        Assertions.assertThat(notifier.sent).isEmpty();
    }

    @Test
    void theAgreedVisitTimeIsRequiredAndCheckedOnTheServer_R_WO_1() {
        ProcessInstance response = dispatched("INSTALLATION");
        Assertions.assertThatThrownBy(() -> complete(task(CONTACT, response), withVariables("contactNote", "已聯系")))
                .hasMessageContaining("請填寫與用戶約定的上門時間");
        Assertions.assertThatThrownBy(() -> complete(task(CONTACT, response), withVariables("appointment", "明天下午")))
                .hasMessageContaining("約定上門時間格式不正確");
        Assertions.assertThatThrownBy(() -> complete(task(CONTACT, response), withVariables("appointment", at(Duration.ofHours(-2)))))
                .hasMessageContaining("不能早於派單時間");
        assertThat(response).isWaitingAt(CONTACT);
        // a Tasklist datetime field submits text with its offset
        complete(task(CONTACT, response), withVariables("appointment", "2026-11-25T15:30+08:00"));
        assertThat(response).isEnded().variables()
                .containsEntry("appointment", Date.from(java.time.Instant.parse("2026-11-25T07:30:00Z")))
                .doesNotContainKey("appointmentText");
    }

    @Test
    void aMissedContactDeductsHalfAPointAndCustomerServiceMustTellTheOpsManagerWithinFiveMinutes_R_WO_4_R_WO_2() {
        ProcessInstance response = dispatched("REPAIR");
        contactOverdue(response);
        Assertions.assertThat(appraisal.entries("R-WO-4")).singleElement().satisfies(e -> {
            Assertions.assertThat(e.staff()).isEqualTo(ENGINEER);
            Assertions.assertThat(e.points()).isEqualByComparingTo("0.5");
            Assertions.assertThat(e.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
            // its source: the called process and the step that posted it (read from the model, not the repository)
            Assertions.assertThat(e.processDefinitionKey()).isEqualTo(WorkOrderProcess.RESPONSE_DEADLINE);
            Assertions.assertThat(e.activityId()).isEqualTo(WorkOrderProcess.DEDUCT_LATE_CONTACT);
        });
        assertThat(task(NOTIFY_OPS_MANAGER, response)).hasCandidateGroup("customer-service")
                .hasDueDate(at(Duration.ofMinutes(15)));
        Assertions.assertThat(notifier.sent).singleElement().satisfies(mail -> {
            Assertions.assertThat(mail.to()).isEqualTo("cs-1");
            // the times staff read come from the configured minutes: tell by + 15, fines at the latest + 20
            Assertions.assertThat(mail.body()).contains("2026-11-25 09:15 前通知運營部經理").contains("最遲 2026-11-25 09:20");
        });
        Assertions.assertThat(appraisal.fines("R-WO-3")).isEmpty();
    }

    @Test
    void missedContactEscalatesToTheOpsManagerThenTheStationOfTheOrder_R_WO_2() {
        ProcessInstance response = dispatched("INSTALLATION");
        contactOverdue(response);
        clock(Duration.ofMinutes(12));
        complete(task(NOTIFY_OPS_MANAGER, response));
        Assertions.assertThat(notifier.recipients()).contains("ops-mgr");
        assertThat(task(NOTIFY_STATION, response)).isAssignedTo("ops-mgr").hasDueDate(at(Duration.ofMinutes(20)));
        clock(Duration.ofMinutes(14));
        complete(task(NOTIFY_STATION, response));
        Assertions.assertThat(notifier.recipients()).contains("mgr-east", "head-east").doesNotContain("mgr-west", "head-west");
        // the station mail names the moment the fines fall: five minutes after being told
        Assertions.assertThat(notifier.sent.stream().filter(m -> m.to().equals("head-east")).findFirst().orElseThrow().body())
                .contains("2026-11-25 09:19 前仍無人聯系用戶");
        assertThat(response).isWaitingAt(CONTACT, FINES_DUE);
        Assertions.assertThat(appraisal.fines("R-WO-3")).isEmpty();
    }

    @Test
    void theFiveAreFinedFiveMinutesAfterTheStationWasToldNotBefore_R_WO_3() {
        ProcessInstance response = dispatched("REPAIR");
        contactOverdue(response);
        tellTheStationAt(response, Duration.ofMinutes(14), Duration.ofMinutes(15));
        // dispatch + 15 — the end of customer service's window — is not when the station is fined
        Assertions.assertThat(job(FINES_DUE, response).getDuedate()).isEqualTo(at(Duration.ofMinutes(20)));
        fire(FINES_DUE, response, Duration.ofMinutes(20));
        assertFiveFinedAt(Duration.ofMinutes(20), BigDecimal.valueOf(200));
        assertThat(response).isWaitingAt(CONTACT);
        Assertions.assertThat(appraisal.entries()).hasSize(6); // five fines + the late contact
    }

    @Test
    void contactAfterTheStationWasToldButBeforeItsFiveMinutesPostsNoFine_R_WO_3() {
        ProcessInstance response = dispatched("REPAIR");
        contactOverdue(response);
        tellTheStationAt(response, Duration.ofMinutes(11), Duration.ofMinutes(13));
        clock(Duration.ofMinutes(17));
        contactNow(response);
        assertThat(response).isEnded();
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(response.getId()).count()).isZero();
        Assertions.assertThat(appraisal.fines("R-WO-3")).isEmpty();
        Assertions.assertThat(appraisal.entries()).extracting(LedgerEntry::rule).containsExactly("R-WO-4");
    }

    @Test
    void whenTheChainStallsTheFivesAreFinedTwentyMinutesAfterDispatch_R_WO_3() {
        ProcessInstance response = dispatched("INSTALLATION");
        contactOverdue(response);
        // nobody tells anybody: the fines still fall at contact + notify + fines = dispatch + 20
        fire(CHAIN_STALLED, response, Duration.ofMinutes(20));
        assertFiveFinedAt(Duration.ofMinutes(20), BigDecimal.valueOf(200));
        assertThat(response).isWaitingAt(CONTACT);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(response.getId())
                .taskDefinitionKey(NOTIFY_OPS_MANAGER).count()).isZero();
    }

    @Test
    void aStationToldLateIsFinedAtTheLatestMinuteInTheDefaultReading_R_WO_3() {
        ProcessInstance response = dispatched("REPAIR");
        contactOverdue(response);
        tellTheStationAt(response, Duration.ofMinutes(18), Duration.ofMinutes(19));
        fire(FINES_DUE, response, Duration.ofMinutes(20));
        assertFiveFinedAt(Duration.ofMinutes(20), BigDecimal.valueOf(200));
    }

    @Test
    void inTheOtherReadingAStationToldBeforeTheLatestMinuteGetsItsFullFiveMinutes_R_WO_3() {
        configure(new DeadlineProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                200, 50, 0.5, 1, null, false, null));
        ProcessInstance response = dispatched("REPAIR");
        contactOverdue(response);
        tellTheStationAt(response, Duration.ofMinutes(18), Duration.ofMinutes(19));
        fire(FINES_DUE, response, Duration.ofMinutes(24));
        assertFiveFinedAt(Duration.ofMinutes(24), BigDecimal.valueOf(200));
    }

    @Test
    void onePersonHoldingTwoRolesIsFinedOnce_R_WO_3() {
        ProcessInstance response = dispatched("REPAIR", "mgr-east", "mgr-east");
        contactOverdue(response);
        fire(CHAIN_STALLED, response, Duration.ofMinutes(20));
        Assertions.assertThat(appraisal.fines("R-WO-3")).extracting(LedgerEntry::staff)
                .containsExactlyInAnyOrder(ENGINEER, "mgr-east", "cs-1", "ops-mgr");
    }

    @Test
    void theConfiguredMinutesAndAmountsAreTheOnesApplied_R_WO_1_R_WO_3() {
        configure(new DeadlineProperties("PT15M", "PT10M", "PT7M", null, null, null, null, null, null, null, null, null, null,
                300, 50, 0.5, 1, null, null, null));
        ProcessInstance response = dispatched("REPAIR");
        fireContactOverdue(response, Duration.ofMinutes(15));
        assertThat(task(NOTIFY_OPS_MANAGER, response)).hasDueDate(at(Duration.ofMinutes(25)));
        fire(CHAIN_STALLED, response, Duration.ofMinutes(32));
        assertFiveFinedAt(Duration.ofMinutes(32), BigDecimal.valueOf(300));
    }

    @Test
    void aRenewalContactedLateIsRemindedButNeitherDeductedNorFined_R_WO_8() {
        ProcessInstance response = dispatched("RENEWAL");
        contactOverdue(response);
        Assertions.assertThat(notifier.sent).singleElement().satisfies(mail -> {
            Assertions.assertThat(mail.to()).isEqualTo(ENGINEER);
            Assertions.assertThat(mail.subject()).contains("已逾聯系時限");
        });
        assertThat(response).isWaitingAt(CONTACT);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(response.getId()).count()).isEqualTo(1);
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(response.getId()).count()).isZero();
        clock(Duration.ofMinutes(40));
        contactNow(response);
        assertThat(response).isEnded();
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }
}
