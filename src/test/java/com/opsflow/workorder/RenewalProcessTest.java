package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.CALL_CALLBACK;
import static com.opsflow.workorder.WorkOrderProcess.COLLECT_FEE;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT_OVERDUE;
import static com.opsflow.workorder.WorkOrderProcess.ORDER_CLOSED;
import static com.opsflow.workorder.WorkOrderProcess.VISIT_OVERDUE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/workorder/renewal.bpmn", "bpmn/workorder/response-deadline.bpmn",
        "bpmn/workorder/callback.bpmn", "bpmn/workorder/complaint.bpmn"})
class RenewalProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return "renewal";
    }

    ProcessInstance startWithAppointment() {
        Map<String, Object> vars = order();
        vars.put("engineer", ENGINEER);
        vars.put("fee", 1200.0);
        return start(vars);
    }

    /** The engineer agrees the visit for dispatch + 3 hours on the contact call (R-WO-8). */
    void contactAndAgreeThreeHours(ProcessInstance order) {
        contact(order, at(Duration.ofHours(3)));
    }

    @Test
    void happyPathVisitAtTheTimeAgreedOnTheContactCallAndCollectTheFee_R_WO_8() {
        ProcessInstance order = startWithAppointment();
        clock(Duration.ofMinutes(4));
        contactAndAgreeThreeHours(order);
        assertThat(task(COLLECT_FEE, order)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofHours(3)));
        clock(Duration.ofMinutes(170));
        complete(task(COLLECT_FEE, order), withVariables("feeCollected", 1200.0, "receiptNo", "R-2026-000123"));
        assertThat(order).isWaitingAt(CALL_CALLBACK).variables().containsEntry("receiptNo", "R-2026-000123");
        callback(order, Map.of("satisfaction", 5L));
        assertThat(order).isEnded().hasPassed(ORDER_CLOSED);
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void aRenewalContactedLateIsRemindedButNotDeductedNorFined_R_WO_8() {
        ProcessInstance order = startWithAppointment();
        ProcessInstance response = response(order);
        fire(CONTACT_OVERDUE, response, Duration.ofMinutes(10));
        Assertions.assertThat(notifier.recipients()).containsExactly(ENGINEER, ENGINEER); // dispatch, then the reminder
        assertThat(response).isWaitingAt(WorkOrderProcess.CONTACT);
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(response.getId()).count()).isZero();
        clock(Duration.ofMinutes(45));
        contactAndAgreeThreeHours(order);
        assertThat(order).isWaitingAt(COLLECT_FEE);
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void lateVisitNotifiesCustomerServiceButDeductsNothingWithoutAComplaint_R_WO_8() {
        ProcessInstance order = startWithAppointment();
        contactAndAgreeThreeHours(order);
        notifier.sent.clear();
        fire(VISIT_OVERDUE, order, Duration.ofHours(3));
        Assertions.assertThat(notifier.recipients()).containsExactly("cs-1");
        Assertions.assertThat(appraisal.entries()).isEmpty();
        complete(task(COLLECT_FEE, order), withVariables("feeCollected", 1200.0, "receiptNo", "R-2026-000124"));
        callback(order, Map.of());
        assertThat(order).isEnded();
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void lateVisitCausingAVerifiedComplaintDeductsHalfAPoint_R_WO_8() {
        ProcessInstance order = startWithAppointment();
        contactAndAgreeThreeHours(order);
        fire(VISIT_OVERDUE, order, Duration.ofHours(3));
        complete(task(COLLECT_FEE, order), withVariables("feeCollected", 1200.0, "receiptNo", "R-2026-000125"));
        callback(order, Map.of("satisfaction", 1L, "complaint", true, "complaintText", "約好下午三點，六點才到"));
        verifyComplaint(order, true, true);
        Assertions.assertThat(appraisal.entries()).singleElement().satisfies(e -> {
            Assertions.assertThat(e.rule()).isEqualTo("R-WO-8");
            Assertions.assertThat(e.points()).isEqualByComparingTo("0.5");
            Assertions.assertThat(e.staff()).isEqualTo(ENGINEER);
        });
        assertThat(order).isEnded();
    }

}
