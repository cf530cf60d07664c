package com.opsflow.approval;

import static com.opsflow.approval.ApprovalMocks.APPLICANT;
import static com.opsflow.approval.ApprovalMocks.BUREAU_HEAD;
import static com.opsflow.approval.ApprovalProcesses.Elements.CALL_DECIDE;
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

/** Scenarios of {@code bpmn/approval/file-transfer.bpmn} (R-SE-2, R-SE-3 and the common approval rules). */
@Deployment(resources = {"bpmn/approval/file-transfer.bpmn", "bpmn/approval/approval-decision.bpmn"})
class FileTransferProcessTest extends ApprovalScenario {

    private ProcessInstance request(String direction) {
        return runtimeService().startProcessInstanceByKey(ApprovalProcesses.FILE_TRANSFER, withVariables(
                "applicant", APPLICANT, "direction", direction, "fileList", "月報.xlsx", "purpose", "報送省局"));
    }

    @Test
    void outboundFilesAreApprovedThenBurnedToALabelledDisc_R_SE_2() {
        ProcessInstance transfer = request("OUTBOUND");
        assertThat(decisionOf(transfer)).task(DECIDE).isAssignedTo(BUREAU_HEAD);
        complete(task(decisionOf(transfer)), decision(true, null));

        assertThat(transfer).isWaitingAt("UserTask_ConfirmBurn").task().hasCandidateGroup("tech-support");
        complete(task(transfer), withVariables("discLabel", "DISC-2026-001", "burnConfirmed", true));

        assertThat(transfer).isEnded().hasPassed("EndEvent_Burned").variables().containsEntry("outcome", "APPROVED");
        Assertions.assertThat(mocks.auditSteps).containsExactly("StartEvent_TransferRequested", CALL_DECIDE,
                "UserTask_ConfirmBurn", "EndEvent_Burned");
    }

    @Test
    void aRejectedOutboundTransferIsNeverBurned_R_SE_2() {
        ProcessInstance transfer = request("OUTBOUND");
        complete(task(decisionOf(transfer)), decision(false, "含機密資料"));

        assertThat(transfer).isEnded().hasPassed("EndEvent_TransferRejected").hasNotPassed("UserTask_ConfirmBurn")
                .variables().containsEntry("outcome", "REJECTED");
        Assertions.assertThat(mocks.auditSteps).contains("EndEvent_TransferRejected");
    }

    @Test
    void theApplicantMayWithdrawBeforeTheDecision() {
        ProcessInstance transfer = request("OUTBOUND");
        withdraw(transfer);
        assertThat(transfer).isEnded().hasPassed("EndEvent_TransferWithdrawn");
        Assertions.assertThat(mocks.auditSteps).contains("EndEvent_TransferWithdrawn");
    }

    @Test
    void anInfectedInboundFileIsRejectedRecordedAndNeverImported_R_SE_3() {
        ProcessInstance transfer = request("INBOUND");
        assertThat(transfer).isWaitingAt("UserTask_ScanFiles").task().hasCandidateGroup("tech-support");

        complete(task(transfer), withVariables("scanResult", "INFECTED", "scanTool", "ClamAV", "scanNotes", "Trojan.X"));

        assertThat(transfer).isEnded().hasPassed("EndEvent_InfectedRejected").hasNotPassed("UserTask_ImportFiles")
                .variables().containsEntry("outcome", "INFECTED");
        Assertions.assertThat(mocks.auditSteps).containsExactly("StartEvent_TransferRequested", "UserTask_ScanFiles",
                "EndEvent_InfectedRejected");
        Assertions.assertThat(mocks.mailSubjectsTo(APPLICANT)).containsExactly("外網文件未能導入");
    }

    @Test
    void aCleanInboundFileIsImportedAfterTheScan_R_SE_3() {
        ProcessInstance transfer = request("INBOUND");
        complete(task(transfer), withVariables("scanResult", "CLEAN", "scanTool", "ClamAV"));
        assertThat(transfer).isWaitingAt("UserTask_ImportFiles");
        complete(task(transfer), withVariables("importConfirmed", true));

        assertThat(transfer).isEnded().hasPassed("EndEvent_Imported").variables().containsEntry("outcome", "IMPORTED");
        Assertions.assertThat(mocks.auditSteps).containsExactly("StartEvent_TransferRequested", "UserTask_ScanFiles",
                "UserTask_ImportFiles", "EndEvent_Imported");
    }
}
