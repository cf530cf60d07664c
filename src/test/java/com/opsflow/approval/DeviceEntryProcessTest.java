package com.opsflow.approval;

import static com.opsflow.approval.ApprovalMocks.APPLICANT;
import static com.opsflow.approval.ApprovalMocks.BUREAU_HEAD;
import static com.opsflow.approval.ApprovalProcesses.Elements.DECIDE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Scenarios of {@code bpmn/approval/device-entry.bpmn} (R-SE-1 and the common approval rules). */
@Deployment(resources = {"bpmn/approval/device-entry.bpmn", "bpmn/approval/approval-decision.bpmn"})
class DeviceEntryProcessTest extends ApprovalScenario {

    private ProcessInstance requestEntry() {
        return runtimeService().startProcessInstanceByKey(ApprovalProcesses.DEVICE_ENTRY, withVariables(
                "applicant", APPLICANT, "deviceType", "LAPTOP", "brand", "ThinkPad", "serialNo", "PF-12345",
                "purpose", "現場調試", "startDate", "2026-11-24", "endDate", "2026-11-30", "noNetworkPledge", true));
    }

    @Test
    void anApprovedDeviceIsRegisteredAndNeverJoinsTheInternalNetwork_R_SE_1() {
        ProcessInstance entry = requestEntry();
        assertThat(decisionOf(entry)).task(DECIDE).isAssignedTo(BUREAU_HEAD);
        complete(task(decisionOf(entry)), withVariables("approved", "true", "approvalComment", "限機房使用"));

        assertThat(entry).isEnded().hasPassed("ServiceTask_RegisterDevice", "EndEvent_DeviceApproved")
                .variables().containsEntry("outcome", "APPROVED").containsEntry("approved", true)
                .containsEntry("decisionComment", "限機房使用");
        Assertions.assertThat(mocks.devices).singleElement()
                .satisfies(c -> Assertions.assertThat(c.variables()).containsEntry("serialNo", "PF-12345"));
        Assertions.assertThat(mocks.mails).anyMatch(m -> m.to().equals(APPLICANT) && m.body().contains("不得接入辦公區內網"));
    }

    @Test
    void aRejectedDeviceIsNotRegistered() {
        ProcessInstance entry = requestEntry();
        complete(task(decisionOf(entry)), decision(false, "無工作需要"));

        assertThat(entry).isEnded().hasPassed("EndEvent_DeviceRejected").variables().containsEntry("outcome", "REJECTED");
        Assertions.assertThat(mocks.devices).isEmpty();
    }

    @Test
    void theApplicantMayWithdrawBeforeTheDecision() {
        ProcessInstance entry = requestEntry();
        withdraw(entry);
        assertThat(entry).isEnded().hasPassed("EndEvent_DeviceWithdrawn");
        Assertions.assertThat(mocks.devices).isEmpty();
    }

}
