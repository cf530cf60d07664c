package com.opsflow.approval;

import static com.opsflow.approval.ApprovalMocks.APPLICANT;
import static com.opsflow.approval.ApprovalMocks.BUREAU_HEAD;
import static com.opsflow.approval.ApprovalMocks.UNIT_LEADER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Scenarios of {@code bpmn/approval/secondment.bpmn} (R-SC-1 and the common approval rules). */
@Deployment(resources = {"bpmn/approval/secondment.bpmn", "bpmn/approval/approval-decision.bpmn"})
class SecondmentProcessTest extends ApprovalScenario {

    private ProcessInstance requestSecondment() {
        return runtimeService().startProcessInstanceByKey(ApprovalProcesses.SECONDMENT, withVariables(
                "applicant", APPLICANT, "borrowingUnit", "省局信息中心", "unitLeader", UNIT_LEADER,
                "startDate", "2026-11-24", "endDate", "2026-12-04", "work", "機房搬遷"));
    }

    private static void decide(String approver, boolean approved, String comment) {
        taskService().complete(decisionTaskOf(approver).getId(), decision(approved, comment));
    }

    @Test
    void theBureauHeadAndTheBorrowingUnitLeaderDecideInParallel_R_SC_1() {
        ProcessInstance secondment = requestSecondment();

        Assertions.assertThat(decisionTaskOf(BUREAU_HEAD)).isNotNull();
        Assertions.assertThat(decisionTaskOf(UNIT_LEADER)).isNotNull();
        decide(BUREAU_HEAD, true, null);
        decide(UNIT_LEADER, true, "同意借調");

        assertThat(secondment).isEnded().hasPassed("ServiceTask_RecordSecondment", "EndEvent_SecondmentApproved")
                .variables().containsEntry("outcome", "APPROVED").containsEntry("bureauApproved", true)
                .containsEntry("unitApproved", true);
        Assertions.assertThat(mocks.absences).extracting(c -> c.variables().get("absenceKind"))
                .containsExactly("SECONDMENT");
    }

    @Test
    void oneApprovalIsNotEnough_R_SC_1() {
        ProcessInstance secondment = requestSecondment();
        decide(BUREAU_HEAD, true, null);

        assertThat(secondment).isActive().isWaitingAt("CallActivity_UnitConfirmation");
        Assertions.assertThat(mocks.absences).isEmpty();
    }

    @Test
    void theBorrowingUnitRefusingEndsTheBureauHeadsDecisionToo_R_SC_1() {
        ProcessInstance secondment = requestSecondment();
        decide(UNIT_LEADER, false, "本單位人手已足");

        assertThat(secondment).isEnded().hasPassed("BoundaryEvent_Refused", "EndEvent_SecondmentRejected")
                .hasNotPassed("ServiceTask_RecordSecondment").variables().containsEntry("outcome", "REJECTED")
                .containsEntry("decisionComment", "本單位人手已足");
        Assertions.assertThat(decisionTaskOf(BUREAU_HEAD)).isNull();
    }

    @Test
    void theApplicantMayWithdrawBeforeTheDecisions() {
        ProcessInstance secondment = requestSecondment();
        decide(BUREAU_HEAD, true, null);
        withdraw(secondment);

        assertThat(secondment).isEnded().hasPassed("EndEvent_SecondmentWithdrawn")
                .variables().containsEntry("outcome", "WITHDRAWN");
        Assertions.assertThat(decisionTaskOf(UNIT_LEADER)).isNull();
    }

}
