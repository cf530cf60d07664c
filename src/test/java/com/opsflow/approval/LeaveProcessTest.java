package com.opsflow.approval;

import static com.opsflow.approval.ApprovalMocks.APPLICANT;
import static com.opsflow.approval.ApprovalMocks.BUREAU_HEAD;
import static com.opsflow.approval.ApprovalMocks.GROUP_LEADER;
import static com.opsflow.approval.ApprovalProcesses.Elements.CALL_DECIDE;
import static com.opsflow.approval.ApprovalProcesses.Elements.DECIDE;
import static com.opsflow.approval.ApprovalProcesses.Elements.WITHDRAWN;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Scenarios of {@code bpmn/approval/leave.bpmn} (R-LV-1…3 and the common approval rules). */
@Deployment(resources = {"bpmn/approval/leave.bpmn", "bpmn/approval/approval-decision.bpmn"})
class LeaveProcessTest extends ApprovalScenario {

    private ProcessInstance fileLeave(double days, boolean emergency) {
        Map<String, Object> vars = new HashMap<>(withVariables(
                "applicant", APPLICANT, "leaveType", "PERSONAL", "fromDate", "2026-11-24", "toDate", "2026-11-24",
                "reason", "家中有事", "handoverTo", "eng-east-2", "emergency", emergency, "leaveDays", days));
        vars.put("filingDeadline", Date.from(NOW.plus(5, ChronoUnit.DAYS)));
        return runtimeService().startProcessInstanceByKey(ApprovalProcesses.LEAVE, vars);
    }

    @Test
    void oneDayOrLessIsApprovedByTheGroupLeader_R_LV_1() {
        ProcessInstance leave = fileLeave(1.0, false);

        assertThat(leave).isWaitingAt(CALL_DECIDE);
        assertThat(decisionOf(leave)).task(DECIDE).isAssignedTo(GROUP_LEADER);
        complete(task(decisionOf(leave)), decision(true, null));

        assertThat(leave).isEnded().hasPassed("ServiceTask_FindGroupLeader", "ServiceTask_RecordLeave", "ServiceTask_NotifyApproved")
                .hasNotPassed("ServiceTask_FindBureauHead").variables().containsEntry("outcome", "APPROVED")
                .containsEntry("decidedBy", GROUP_LEADER);
        Assertions.assertThat(mocks.absences).extracting(c -> c.variables().get("absenceKind")).containsExactly("LEAVE");
        Assertions.assertThat(mocks.mailSubjectsTo(APPLICANT)).containsExactly("請假已核准");
    }

    @Test
    void overOneDayIsApprovedByTheBureauHead_R_LV_1() {
        ProcessInstance leave = fileLeave(1.5, false);

        assertThat(decisionOf(leave)).task(DECIDE).isAssignedTo(BUREAU_HEAD);
        complete(task(decisionOf(leave)), decision(true, "同意"));

        assertThat(leave).isEnded().hasPassed("ServiceTask_FindBureauHead").hasNotPassed("ServiceTask_FindGroupLeader");
    }

    @Test
    void aRejectionTellsTheApplicantWhy() {
        ProcessInstance leave = fileLeave(0.5, false);
        ProcessInstance decision = decisionOf(leave);

        complete(task(decision), decision(false, "人手不足"));
        assertThat(leave).isEnded().hasPassed("ServiceTask_NotifyRejected").hasNotPassed("ServiceTask_RecordLeave")
                .variables().containsEntry("outcome", "REJECTED").containsEntry("decisionComment", "人手不足");
        Assertions.assertThat(mocks.absences).isEmpty();
        Assertions.assertThat(mocks.mails).anyMatch(m -> m.to().equals(APPLICANT) && m.body().contains("人手不足"));
    }

    @Test
    void theApplicantMayWithdrawBeforeTheDecision() {
        ProcessInstance leave = fileLeave(1.0, false);
        ProcessInstance decision = decisionOf(leave);

        withdraw(leave);

        assertThat(leave).isEnded().hasPassed(WITHDRAWN, "EndEvent_LeaveWithdrawn")
                .variables().containsEntry("outcome", "WITHDRAWN");
        assertThat(decision).isEnded();
        Assertions.assertThat(mocks.absences).isEmpty();
    }

    @Test
    void emergencyLeaveIsNotifiedAtOnceAndFiledAfterwards_R_LV_2() {
        ProcessInstance leave = fileLeave(1.0, true);

        Assertions.assertThat(mocks.mailSubjectsTo(GROUP_LEADER)).containsExactly("緊急請假通報");
        assertThat(leave).isWaitingAt("UserTask_FileLeaveApplication").task().isAssignedTo(APPLICANT);
        complete(task(leave));

        // the source (R-LV-2): notify the group leader and submit to the bureau's responsible person,
        // so even one day of emergency leave is approved by the bureau head
        assertThat(leave).isWaitingAt(CALL_DECIDE);
        assertThat(decisionOf(leave)).task(DECIDE).isAssignedTo(BUREAU_HEAD);
        complete(task(decisionOf(leave)), decision(true, null));
        assertThat(leave).isEnded().hasPassed("ServiceTask_RecountLeaveDays", "ServiceTask_FindBureauHead", "ServiceTask_RecordLeave")
                .hasNotPassed("ServiceTask_FindGroupLeader", "ServiceTask_RecordUnfiledAbsence");
    }

    @Test
    void emergencyLeaveNotFiledInTimeCountsAsAbsence_R_LV_2() {
        ProcessInstance leave = fileLeave(2.0, true);
        assertThat(leave).isWaitingAt("UserTask_FileLeaveApplication");
        Assertions.assertThat(job("BoundaryEvent_FilingOverdue", leave).getDuedate())
                .isEqualTo(Date.from(NOW.plus(5, ChronoUnit.DAYS)));

        execute(job("BoundaryEvent_FilingOverdue", leave));

        assertThat(leave).isEnded().hasPassed("ServiceTask_RecordUnfiledAbsence", "ServiceTask_TellLeaderOfAbsence")
                .hasNotPassed(CALL_DECIDE).variables().containsEntry("outcome", "ABSENT");
        Assertions.assertThat(mocks.absences).extracting(c -> c.variables().get("absenceKind")).containsExactly("ABSENT");
        Assertions.assertThat(mocks.mailSubjectsTo(GROUP_LEADER)).contains("未補辦請假手續：視為曠工");
    }
}
