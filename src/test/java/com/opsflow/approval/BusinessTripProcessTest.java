package com.opsflow.approval;

import static com.opsflow.approval.ApprovalMocks.APPLICANT;
import static com.opsflow.approval.ApprovalMocks.BUREAU_HEAD;
import static com.opsflow.approval.ApprovalProcesses.Elements.DECIDE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Scenarios of {@code bpmn/approval/business-trip.bpmn} (R-TR-1 and the common approval rules). */
@Deployment(resources = {"bpmn/approval/business-trip.bpmn", "bpmn/approval/approval-decision.bpmn"})
class BusinessTripProcessTest extends ApprovalScenario {

    static final Instant RETURN = NOW.plus(3, ChronoUnit.DAYS);

    private ProcessInstance requestTrip() {
        return runtimeService().startProcessInstanceByKey(ApprovalProcesses.BUSINESS_TRIP, withVariables(
                "applicant", APPLICANT, "destination", "省局", "purpose", "系統驗收", "startDate", "2026-11-24",
                "endDate", "2026-11-26", "estimatedCost", 1200, "periodEnd", Date.from(RETURN)));
    }

    @Test
    void theBureauHeadApprovesThenTheTravellerReportsAfterReturn_R_TR_1() {
        ProcessInstance trip = requestTrip();
        assertThat(decisionOf(trip)).task(DECIDE).isAssignedTo(BUREAU_HEAD);
        complete(task(decisionOf(trip)), decision(true, null));

        // approved: excused from sign-in, and nothing to report before the return
        Assertions.assertThat(mocks.absences).extracting(c -> c.variables().get("absenceKind")).containsExactly("TRIP");
        assertThat(trip).isWaitingAt("TimerEvent_TripEnded").variables().containsEntry("outcome", "APPROVED");
        Assertions.assertThat(job("TimerEvent_TripEnded", trip).getDuedate()).isEqualTo(Date.from(RETURN));
        execute(job("TimerEvent_TripEnded", trip));

        assertThat(trip).isWaitingAt("UserTask_ReportTrip").task().isAssignedTo(APPLICANT);
        complete(task(trip), withVariables("tripReport", "驗收完成"));
        assertThat(trip).isWaitingAt("UserTask_AcknowledgeReport").task().isAssignedTo(BUREAU_HEAD);
        complete(task(trip));
        assertThat(trip).isEnded().hasPassed("EndEvent_TripClosed").hasNotPassed("ServiceTask_MarkReportOverdue");
    }

    @Test
    void aLateTripReportIsReminded_R_TR_1() {
        ProcessInstance trip = requestTrip();
        complete(task(decisionOf(trip)), decision(true, null));
        execute(job("TimerEvent_TripEnded", trip));

        execute(job("BoundaryEvent_ReportOverdue", trip));

        assertThat(trip).isWaitingAt("UserTask_ReportTrip").variables().containsEntry("reportOverdue", true);
        Assertions.assertThat(mocks.mailSubjectsTo(APPLICANT)).contains("請提交出差匯報");
        complete(task(trip), withVariables("tripReport", "遲交的匯報"));
        complete(task(trip));
        assertThat(trip).isEnded().hasPassed("ServiceTask_MarkReportOverdue", "EndEvent_TripClosed");
    }

    @Test
    void aRejectedTripIsNeitherRecordedNorReported() {
        ProcessInstance trip = requestTrip();
        complete(task(decisionOf(trip)), decision(false, "預算不足"));

        assertThat(trip).isEnded().hasPassed("EndEvent_TripRejected").hasNotPassed("TimerEvent_TripEnded")
                .variables().containsEntry("outcome", "REJECTED");
        Assertions.assertThat(mocks.absences).isEmpty();
    }

    @Test
    void theTravellerMayWithdrawBeforeTheDecision() {
        ProcessInstance trip = requestTrip();
        withdraw(trip);
        assertThat(trip).isEnded().hasPassed("EndEvent_TripWithdrawn").variables().containsEntry("outcome", "WITHDRAWN");
    }

    @Test
    void theTripReportIsAcknowledgedByWhoeverDecided_R_TR_1() {
        ProcessInstance trip = requestTrip();
        ProcessInstance decision = decisionOf(trip);
        // the decision process hands back who decided (here the superior after an escalation)
        taskService().setAssignee(task(decision).getId(), ApprovalMocks.BUREAU_SUPERIOR);
        complete(task(decision), decision(true, null));

        execute(job("TimerEvent_TripEnded", trip));
        complete(task(trip), withVariables("tripReport", "完成"));
        assertThat(trip).task("UserTask_AcknowledgeReport").isAssignedTo(ApprovalMocks.BUREAU_SUPERIOR);
    }
}
