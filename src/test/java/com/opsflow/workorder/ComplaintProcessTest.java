package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.VERIFY_COMPLAINT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.appraisal.LedgerEntry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The called and started process {@code complaint} (R-WO-10, R-WO-8): a complaint from any
 * channel against an order, verified by the ops manager, who names the person at fault.
 */
@Deployment(resources = {"bpmn/workorder/complaint.bpmn", "bpmn/workorder/repair.bpmn",
        "bpmn/workorder/response-deadline.bpmn", "bpmn/workorder/callback.bpmn"})
class ComplaintProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return WorkOrderProcess.COMPLAINT;
    }

    /** A repair dispatched to eng-east-1 by cs-1, still running (the complaint comes while it is open). */
    private ProcessInstance repairOrder() {
        Map<String, Object> vars = order();
        vars.put("engineer", ENGINEER);
        return engine.getRuntimeService().startProcessInstanceByKey("repair", vars);
    }

    private ProcessInstance complain(String orderNo, String channel, String text) {
        Map<String, Object> vars = new HashMap<>(Map.of("orderNo", orderNo, "complaintChannel", channel,
                "complaintText", text, "initiator", "cs-2"));
        return engine.getRuntimeService().startProcessInstanceByKey(processKey(), vars);
    }

    @Test
    void aComplaintFromAnyChannelIsVerifiedAgainstThePersonAtFault_R_WO_10() {
        ProcessInstance order = repairOrder();
        clock(Duration.ofHours(2));
        ProcessInstance complaint = complain(order.getBusinessKey(), "WECHAT", "客服態度惡劣，未告知上門時間");
        Assertions.assertThat(complaint.getBusinessKey()).isEqualTo(order.getBusinessKey());
        assertThat(complaint).isWaitingAt(VERIFY_COMPLAINT).variables().containsEntry("faultStaff", ENGINEER)
                .containsEntry("orderType", "REPAIR").containsEntry("csAgent", "cs-1");
        assertThat(task(VERIFY_COMPLAINT, complaint)).hasCandidateGroup("ops-manager")
                .hasDueDate(at(Duration.ofHours(2).plus(Duration.ofDays(2))));
        // the ops manager finds customer service at fault, not the engineer
        complete(task(VERIFY_COMPLAINT, complaint), withVariables("staffFault", "true", "faultStaff", "cs-1"));
        runAsyncJobs(complaint);
        Assertions.assertThat(appraisal.entries("R-WO-10")).singleElement().satisfies(e -> {
            Assertions.assertThat(e.staff()).isEqualTo("cs-1");
            Assertions.assertThat(e.points()).isEqualByComparingTo("1");
            Assertions.assertThat(e.businessKey()).isEqualTo(order.getBusinessKey());
            Assertions.assertThat(e.occurredAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        });
        assertThat(complaint).isEnded();
    }

    @Test
    void theComplaintShowsTheVisitAgreedOnTheContactCall_R_WO_10() {
        ProcessInstance order = repairOrder();
        contact(order, at(Duration.ofHours(2)));
        // the order holds no copy of the appointment (models 1.5.0, issue 19): it is read where the call recorded it
        assertThat(order).variables().doesNotContainKey("appointment");
        ProcessInstance complaint = complain(order.getBusinessKey(), "PHONE", "未按約定時間上門");
        assertThat(complaint).isWaitingAt(VERIFY_COMPLAINT).variables()
                .containsEntry("appointmentText", deadlines.text(at(Duration.ofHours(2))));
    }

    @Test
    void notTheStaffsFaultPostsNothing_R_WO_10() {
        ProcessInstance order = repairOrder();
        ProcessInstance complaint = complain(order.getBusinessKey(), "PHONE", "網速慢");
        complete(task(VERIFY_COMPLAINT, complaint), withVariables("staffFault", false));
        runAsyncJobs(complaint);
        assertThat(complaint).isEnded();
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void theVerdictNamesAKnownStaffMemberOrIsRefused_R_WO_10() {
        ProcessInstance order = repairOrder();
        ProcessInstance complaint = complain(order.getBusinessKey(), "PHONE", "態度差");
        Assertions.assertThatThrownBy(() -> complete(task(VERIFY_COMPLAINT, complaint), withVariables("verificationNote", "待查")))
                .hasMessageContaining("請選擇投訴是否經核實為員工錯誤");
        Assertions.assertThatThrownBy(() -> complete(task(VERIFY_COMPLAINT, complaint),
                withVariables("staffFault", true, "faultStaff", "nobody-9"))).hasMessageContaining("查無此員工");
        assertThat(complaint).isWaitingAt(VERIFY_COMPLAINT);
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void aComplaintAgainstAnUnknownOrderIsNotRecorded_R_WO_10() {
        Assertions.assertThatThrownBy(() -> complain("WO-20990101-0001", "PHONE", "?")).hasMessageContaining("查無此工單");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey()).count())
                .isZero();
    }

    @Test
    void aVerifiedComplaintOfTheCallbackGoesThroughTheSameVerification_R_WO_10() {
        ProcessInstance order = repairOrder();
        contact(order);
        complete(task(WorkOrderProcess.ARRIVE, order));
        complete(task(WorkOrderProcess.REPAIR, order), withVariables("solved", true));
        complete(task(WorkOrderProcess.FEEDBACK, order));
        callback(order, Map.of("satisfaction", 1L, "complaint", true, "complaintText", "弄髒地板"));
        ProcessInstance callback = called(order, WorkOrderProcess.CALLBACK);
        assertThat(callback).isWaitingAt(WorkOrderProcess.CALL_VERIFY_COMPLAINT);
        verifyComplaint(order, true, false);
        Assertions.assertThat(appraisal.entries("R-WO-10")).extracting(LedgerEntry::staff).containsExactly(ENGINEER);
        // the verdict comes back to the order for the KPIs (K-1)
        assertThat(callback).isEnded().hasPassed("EndEvent_ComplaintVerified").hasNotPassed("EndEvent_CallbackDone");
        assertThat(order).isEnded();
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(order.getId())
                .variableName("staffFault").singleResult().getValue()).isEqualTo(true);
        // and so does the complaint itself (callbackVariables): only when there was one
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(order.getId())
                .variableName("complaint").singleResult().getValue()).isEqualTo(true);
    }
}
