package com.opsflow.approval;

import static com.opsflow.approval.ApprovalMocks.BUREAU_HEAD;
import static com.opsflow.approval.ApprovalMocks.BUREAU_SUPERIOR;
import static com.opsflow.approval.ApprovalMocks.GROUP_LEADER;
import static com.opsflow.approval.ApprovalProcesses.Elements.DECIDE;
import static com.opsflow.approval.ApprovalProcesses.Elements.ESCALATE_TO_SUPERIOR;
import static com.opsflow.approval.ApprovalProcesses.Elements.ESCALATION_DUE;
import static com.opsflow.approval.ApprovalProcesses.Elements.REMINDER_DUE;
import static com.opsflow.approval.ApprovalProcesses.Elements.REMIND_APPROVER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The called process {@code approval-decision} (bpmn/approval/approval-decision.bpmn) on its own:
 * one approver decides, a rejection needs a comment, an undecided approver is reminded and then
 * replaced by their superior (the common rules of every approval: R-LV-1, R-TR-1, R-SC-1, R-SE-1,
 * R-SE-2). The request processes test only what they do with its result.
 */
@Deployment(resources = "bpmn/approval/approval-decision.bpmn")
class ApprovalDecisionProcessTest extends ApprovalScenario {

    private ProcessInstance decide(String approver) {
        return runtimeService().startProcessInstanceByKey(ApprovalProcesses.DECISION,
                withVariables("approver", approver, "decisionTitle", "請假申請"));
    }

    @Test
    void theApproverIsToldAndDecides() {
        ProcessInstance decision = decide(GROUP_LEADER);

        assertThat(decision).isWaitingAt(DECIDE).task().isAssignedTo(GROUP_LEADER);
        Assertions.assertThat(mocks.mailSubjectsTo(GROUP_LEADER)).containsExactly("待審批：請假申請");

        complete(task(decision), decision(true, null));

        assertThat(decision).isEnded().variables().containsEntry("approved", true).containsEntry("decidedBy", GROUP_LEADER);
    }

    @Test
    void aRejectionNeedsAComment() {
        ProcessInstance decision = decide(GROUP_LEADER);

        Assertions.assertThatThrownBy(() -> complete(task(decision), decision(false, " ")))
                .hasMessageContaining("駁回須填寫原因");
        assertThat(decision).isWaitingAt(DECIDE);

        // as the Camunda Form submits it: the radio's text value
        complete(task(decision), withVariables("approved", "false", "decisionComment", "人手不足"));
        assertThat(decision).isEnded().variables().containsEntry("approved", false)
                .containsEntry("decisionComment", "人手不足");
    }

    @Test
    void aTaskWithoutADecisionCannotBeCompleted() {
        ProcessInstance decision = decide(GROUP_LEADER);

        Assertions.assertThatThrownBy(() -> complete(task(decision), withVariables("decisionComment", "稍後再說")))
                .hasMessageContaining("請選擇核准或駁回");
        assertThat(decision).isWaitingAt(DECIDE);
    }

    @Test
    void anUndecidedApproverIsRemindedAfterTheReminderDuration() {
        ProcessInstance decision = decide(GROUP_LEADER);

        Assertions.assertThat(job(REMINDER_DUE, decision).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(4))));
        execute(job(REMINDER_DUE, decision));

        assertThat(decision).hasPassed(REMIND_APPROVER).isWaitingAt(DECIDE).task().isAssignedTo(GROUP_LEADER);
        Assertions.assertThat(mocks.mailSubjectsTo(GROUP_LEADER)).contains("催辦：請假申請");
    }

    @Test
    void stillUndecidedTheDecisionEscalatesToTheSuperiorAndBothAreTold() {
        ProcessInstance decision = decide(GROUP_LEADER);

        Assertions.assertThat(job(ESCALATION_DUE, decision).getDuedate())
                .isEqualTo(Date.from(NOW.plus(Duration.ofHours(8))));
        execute(job(ESCALATION_DUE, decision));

        assertThat(decision).hasPassed(ESCALATE_TO_SUPERIOR).isWaitingAt(DECIDE).task().isAssignedTo(BUREAU_HEAD);
        assertThat(decision).variables().containsEntry("escalatedFrom", GROUP_LEADER);
        Assertions.assertThat(mocks.mailSubjectsTo(BUREAU_HEAD)).contains("待審批：請假申請");
        Assertions.assertThat(mocks.mailSubjectsTo(GROUP_LEADER)).contains("已升級：請假申請");

        complete(task(decision), decision(true, null));
        assertThat(decision).isEnded().variables().containsEntry("decidedBy", BUREAU_HEAD);
    }

    @Test
    void theSuperiorUndecidedInTurnEscalatesOnceMore() {
        ProcessInstance decision = decide(GROUP_LEADER);

        execute(job(ESCALATION_DUE, decision));
        execute(job(ESCALATION_DUE, decision));

        assertThat(decision).task(DECIDE).isAssignedTo(BUREAU_SUPERIOR);
    }
}
