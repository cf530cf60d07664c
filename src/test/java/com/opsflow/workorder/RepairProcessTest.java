package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.ARRIVE;
import static com.opsflow.workorder.WorkOrderProcess.CALL_CALLBACK;
import static com.opsflow.workorder.WorkOrderProcess.CALL_RESPONSE;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT;
import static com.opsflow.workorder.WorkOrderProcess.DISPATCH;
import static com.opsflow.workorder.WorkOrderProcess.ESCALATE_TECH;
import static com.opsflow.workorder.WorkOrderProcess.ESCALATION_OVERDUE;
import static com.opsflow.workorder.WorkOrderProcess.FEEDBACK;
import static com.opsflow.workorder.WorkOrderProcess.FINES_DUE;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_OPS_MANAGER;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_STATION;
import static com.opsflow.workorder.WorkOrderProcess.ON_SITE_OVERDUE;
import static com.opsflow.workorder.WorkOrderProcess.ORDER_CLOSED;
import static com.opsflow.workorder.WorkOrderProcess.REPAIR;
import static com.opsflow.workorder.WorkOrderProcess.TECH_REPAIR;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.appraisal.LedgerEntry;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = {"bpmn/workorder/repair.bpmn", "bpmn/workorder/response-deadline.bpmn",
        "bpmn/workorder/callback.bpmn", "bpmn/workorder/complaint.bpmn"})
class RepairProcessTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return "repair";
    }

    /**
     * Issue 19: the called processes get what their assignments, timers, gateways and expressions
     * use (engineer, agent, due dates; the order number is their business key), not the order's
     * display data nor the escalation's people; the escalation mails (R-WO-2) and the callback form read customer,
     * address, station and engineer from the order's row, written at intake and dispatch.
     */
    @Test
    void calledProcessesGetNoDisplayDataTheEscalationMailsReadTheOrdersRow_R_WO_2_R_WO_12() {
        ProcessInstance order = startDispatched();
        ProcessInstance response = response(order);
        Assertions.assertThat(engine.getRuntimeService().getVariables(response.getId())).containsOnlyKeys("engineer");
        Assertions.assertThat(response.getBusinessKey()).isEqualTo(order.getBusinessKey());
        Assertions.assertThat(engine.getRuntimeService().getVariables(order.getId())).doesNotContainKeys("initiator",
                "opsManager", "stationManager", "stationHead", "workDeadline", "engineerName", "contactDeadline");
        OrderData row = records.find(order.getBusinessKey()).orElseThrow();
        Assertions.assertThat(row.customerName()).isEqualTo("陳大文");
        Assertions.assertThat(row.stationName()).isEqualTo("東區站");
        Assertions.assertThat(row.engineerName()).isEqualTo("王小明");
        Assertions.assertThat(row.contactDeadline()).isEqualTo(deadlines.text(at(Duration.ofMinutes(10))));
        Assertions.assertThat(row.workDeadline()).isEqualTo(deadlines.text(at(Duration.ofHours(1))));

        notifier.sent.clear();
        missContact(order);
        // the escalation's people are found when the contact is missed (ServiceTask_FindEscalationPeople)
        Assertions.assertThat(engine.getRuntimeService().getVariables(response.getId()))
                .containsEntry("csAgent", "cs-1").containsEntry("opsManager", "ops-mgr")
                .containsEntry("stationManager", "mgr-east").containsEntry("stationHead", "head-east");
        Assertions.assertThat(notifier.sent.stream().filter(m -> m.to().equals("cs-1")).findFirst().orElseThrow().body())
                .contains(order.getBusinessKey(), "陳大文", "東區幸福路 1 號 3 樓", "王小明", deadlines.text(at(Duration.ofMinutes(10))));

        clock(Duration.ofMinutes(11));
        complete(task(CONTACT, response), withVariables("appointment", at(Duration.ofHours(1))));
        complete(task(ARRIVE, order));
        complete(task(REPAIR, order), withVariables("solved", true));
        complete(task(FEEDBACK, order));
        ProcessInstance callback = called(order, WorkOrderProcess.CALLBACK);
        Assertions.assertThat(callback.getBusinessKey()).isEqualTo(order.getBusinessKey());
        // nothing at all for a repair: R-WO-9's appearance check covers installations (callbackVariables)
        Assertions.assertThat(engine.getRuntimeService().getVariables(callback.getId())).isEmpty();
        // R-WO-12: a breach found on the callback fines the order's engineer, read from the order's row
        callback(order, Map.of("satisfaction", 5L, "breachKnock", true));
        Assertions.assertThat(appraisal.entries()).filteredOn(e -> e.rule().equals("R-WO-12")).singleElement()
                .satisfies(e -> {
                    Assertions.assertThat(e.staff()).isEqualTo(ENGINEER);
                    Assertions.assertThat(e.reason()).contains(order.getBusinessKey());
                });
        // no complaint, no verdict: nothing comes back for it (returnComplaintVerdict)
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(order.getId()).variableName(WorkOrderProcess.VAR_STAFF_FAULT).count()).isZero();
    }

    /**
     * Issue 19: the response deadline holds no copy of the contact deadline; its task, its timer, the
     * deduction's reason and the escalation's deadlines come from the order's {@code contactDue}
     * (opsflow.engine.caller-variables), so they cannot differ from what the order shows.
     */
    @Test
    void theResponseDeadlineRunsOnTheOrdersContactDueWithoutACopy_R_WO_1_R_WO_4_R_WO_2() {
        ProcessInstance order = startDispatched();
        ProcessInstance response = response(order);
        Date contactDue = (Date) engine.getRuntimeService().getVariable(order.getId(), "contactDue");
        Assertions.assertThat(contactDue).isEqualTo(at(Duration.ofMinutes(10)));
        Assertions.assertThat(engine.getRuntimeService().getVariableLocal(response.getId(), "contactDue")).isNull();
        assertThat(task(CONTACT, response)).hasDueDate(contactDue);
        Assertions.assertThat(job(WorkOrderProcess.CONTACT_OVERDUE, response).getDuedate()).isEqualTo(contactDue);

        missContact(order);
        Assertions.assertThat(appraisal.entries("R-WO-4")).singleElement()
                .satisfies(e -> Assertions.assertThat(e.reason()).contains(deadlines.text(contactDue)));
        // R-WO-2: customer service's task is due notify-ops-manager after the order's contactDue
        Assertions.assertThat(task(NOTIFY_OPS_MANAGER, response).getDueDate())
                .isEqualTo(deadlines.dueAfter(contactDue, deadlines.notifyOpsManager()));
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(response.getId()).variableName("contactDue").count()).isZero();
    }

    /** K-1: a callback without a complaint leaves no complaint variable on the order; the KPIs read none. */
    @Test
    void aCallbackWithoutComplaintReturnsOnlyTheSatisfaction_K_1() {
        ProcessInstance order = startDispatched();
        contact(order);
        complete(task(ARRIVE, order));
        complete(task(REPAIR, order), withVariables("solved", true));
        complete(task(FEEDBACK, order));
        callback(order, Map.of("satisfaction", 4L, "complaint", false));
        assertThat(order).isEnded();
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(order.getId()).variableNameIn("satisfaction", "complaint", "staffFault").list())
                .extracting(v -> v.getName() + "=" + v.getValue()).containsExactly("satisfaction=4");
    }

    @Test
    void happyPathDispatchContactOnSiteFixedFeedbackCallback_R_WO_1_R_WO_7() {
        ProcessInstance order = start(order());
        Assertions.assertThat(order.getBusinessKey()).startsWith("WO-20261125-");
        assertThat(order).isWaitingAt(DISPATCH);
        assertThat(task(DISPATCH, order)).hasCandidateGroup("customer-service");

        clock(Duration.ofMinutes(3));
        complete(task(DISPATCH, order), withVariables("engineer", ENGINEER));
        assertThat(order).isWaitingAt(CALL_RESPONSE);
        Assertions.assertThat(notifier.recipients()).containsExactly(ENGINEER);
        ProcessInstance response = response(order);
        Assertions.assertThat(response.getBusinessKey()).isEqualTo(order.getBusinessKey());
        // the 10 minutes of R-WO-1 start at dispatch (T0 + 3 min), not at order intake
        assertThat(task(CONTACT, response)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofMinutes(13)));
        Assertions.assertThat(job(WorkOrderProcess.CONTACT_OVERDUE, response).getDuedate()).isEqualTo(at(Duration.ofMinutes(13)));

        clock(Duration.ofMinutes(8));
        contact(order);
        assertThat(order).isWaitingAt(ARRIVE);
        assertThat(task(ARRIVE, order)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofMinutes(63)));
        complete(task(ARRIVE, order));
        complete(task(REPAIR, order), withVariables("solved", true, "repairNote", "更換光貓"));
        complete(task(FEEDBACK, order), withVariables("feedback", "已恢復上網"));
        assertThat(order).isWaitingAt(CALL_CALLBACK);
        callback(order, Map.of("satisfaction", 5L));

        assertThat(order).isEnded().hasPassed(ORDER_CLOSED);
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void contactDeadlineMissedThenMetDeductsHalfAPointAndStopsTheChain_R_WO_4() {
        ProcessInstance order = startDispatched();
        missContact(order);
        ProcessInstance response = response(order);

        clock(Duration.ofMinutes(12));
        contact(order);
        // contact ends the chain: no fine timer, no open escalation task
        Assertions.assertThat(engineJobs(response)).isZero();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(response.getId()).count()).isZero();
        assertThat(order).isWaitingAt(ARRIVE);
        Assertions.assertThat(appraisal.entries()).hasSize(1);
        Assertions.assertThat(appraisal.fines("R-WO-3")).isEmpty();
    }

    @Test
    void missedContactDeadlineEscalatesToTheOpsManagerThenTheStation_R_WO_2() {
        ProcessInstance order = startDispatched();
        missContact(order); // customer service must tell the ops manager by dispatch + 15 min
        ProcessInstance response = response(order);

        clock(Duration.ofMinutes(12));
        complete(task(NOTIFY_OPS_MANAGER, response));
        Assertions.assertThat(notifier.recipients()).contains("ops-mgr");
        Task notice = task(NOTIFY_STATION, response);
        assertThat(notice).isAssignedTo("ops-mgr");
        complete(notice);
        // the station's manager and head of the order's station, not of another station
        Assertions.assertThat(notifier.recipients()).contains("mgr-east", "head-east").doesNotContain("mgr-west", "head-west");
        Assertions.assertThat(appraisal.fines("R-WO-3")).isEmpty();
        assertThat(response).isWaitingAt(CONTACT, FINES_DUE);
    }

    @Test
    void missedContactDeadlineFinesFivePeople_R_WO_3() {
        ProcessInstance order = startDispatched();
        missContactAndFinesFall(order);

        clock(Duration.ofMinutes(20));
        contact(order);
        assertThat(order).isWaitingAt(ARRIVE);
        Assertions.assertThat(appraisal.fines("R-WO-3")).hasSize(5);
        Assertions.assertThat(appraisal.entries()).hasSize(6); // five fines + the late contact
    }

    @Test
    void aLateFirstTimerDoesNotDelayTheLatestFineMoment_R_WO_3() {
        ProcessInstance order = startDispatched();
        ProcessInstance response = response(order);
        clock(Duration.ofMinutes(12)); // the job executor was slow
        execute(job(WorkOrderProcess.CONTACT_OVERDUE, response));
        execute(job(WorkOrderProcess.DEDUCT_LATE_CONTACT, response));
        Assertions.assertThat(job(WorkOrderProcess.CHAIN_STALLED, response).getDuedate()).isEqualTo(at(Duration.ofMinutes(20)));
        Assertions.assertThat(task(NOTIFY_OPS_MANAGER, response).getDueDate()).isEqualTo(at(Duration.ofMinutes(15)));
    }

    @Test
    void retriedFineJobPostsNothingTwice_R_WO_3() {
        ProcessInstance order = startDispatched();
        missContact(order);
        ProcessInstance response = response(order);
        // the ledger call fails after two of the five fines were posted: the job fails and is retried
        appraisal.failOnceWhenSize(3);
        Job fines = job(WorkOrderProcess.CHAIN_STALLED, response);
        clock(Duration.ofMinutes(20));
        Assertions.assertThatThrownBy(() -> execute(fines)).hasMessageContaining("simulated crash");
        Assertions.assertThat(appraisal.fines("R-WO-3")).hasSize(2);

        execute(job(WorkOrderProcess.CHAIN_STALLED, response));
        Assertions.assertThat(appraisal.fines("R-WO-3")).extracting(LedgerEntry::staff)
                .containsExactlyInAnyOrderElementsOf(FIVE);
        Assertions.assertThat(appraisal.entries("R-WO-4")).hasSize(1);
        // the same idempotency keys were asked for again, and nothing was posted twice
        Assertions.assertThat(appraisal.posts()).isGreaterThan(appraisal.entries().size());
    }

    @Test
    void contactedLateAndOnSiteLateIsOneDeduction_R_WO_4() {
        ProcessInstance order = startDispatched();
        missContact(order);
        clock(Duration.ofMinutes(12));
        contact(order);
        fire(ON_SITE_OVERDUE, order, Duration.ofHours(1));
        // "未能在規定時間內與用戶聯系或未在規定時間內上門扣0.5分": one deduction for the order
        Assertions.assertThat(appraisal.entries("R-WO-4")).singleElement().satisfies(e -> {
            Assertions.assertThat(e.points()).isEqualByComparingTo("0.5");
            Assertions.assertThat(e.activityId()).isEqualTo(WorkOrderProcess.DEDUCT_LATE_CONTACT);
        });
        complete(task(ARRIVE, order));
        assertThat(order).isWaitingAt(REPAIR);
    }

    @Test
    void anOrderTakenOutsideCustomerServiceFinesTheAgentWhoDispatchedIt_R_WO_3() {
        Map<String, Object> vars = order();
        vars.put("csAgent", "ops-mgr"); // the ops manager took the call himself
        ProcessInstance order = start(vars);
        engine.getIdentityService().setAuthentication("cs-2", java.util.List.of("customer-service"));
        try {
            complete(task(DISPATCH, order), withVariables("engineer", ENGINEER));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        ProcessInstance response = response(order);
        fireContactOverdue(response, Duration.ofMinutes(10));
        Assertions.assertThat(notifier.recipients()).contains("cs-2");
        fire(WorkOrderProcess.CHAIN_STALLED, response, Duration.ofMinutes(20));
        Assertions.assertThat(appraisal.fines("R-WO-3")).extracting(LedgerEntry::staff)
                .containsExactlyInAnyOrder(ENGINEER, "head-east", "mgr-east", "cs-2", "ops-mgr");
    }

    @Test
    void notOnSiteWithinOneHourOfDispatchDeductsHalfAPoint_R_WO_4() {
        ProcessInstance order = startDispatched();
        clock(Duration.ofMinutes(5));
        contact(order);
        fire(ON_SITE_OVERDUE, order, Duration.ofHours(1));
        LedgerEntry late = nonNull(appraisal.entries("R-WO-4").stream().findFirst().orElse(null));
        Assertions.assertThat(late.staff()).isEqualTo(ENGINEER);
        Assertions.assertThat(late.activityId()).isEqualTo(WorkOrderProcess.DEDUCT_LATE_ON_SITE);
        Assertions.assertThat(late.points()).isEqualByComparingTo("0.5");
        assertThat(order).isWaitingAt(ARRIVE); // the engineer must still go
        complete(task(ARRIVE, order));
        Assertions.assertThat(job(ON_SITE_OVERDUE, order)).isNull();
    }

    @Test
    void onSiteInTimeDeductsNothing_R_WO_4() {
        ProcessInstance order = startDispatched();
        contact(order);
        clock(Duration.ofMinutes(59));
        complete(task(ARRIVE, order));
        Assertions.assertThat(job(ON_SITE_OVERDUE, order)).isNull();
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void unsolvableRepairGoesToTechSupportAndCustomerServiceAtOnce_R_WO_6() {
        ProcessInstance order = startDispatched();
        contact(order);
        complete(task(ARRIVE, order));
        clock(Duration.ofMinutes(40));
        // as Tasklist submits the radio button of the form: a string
        complete(task(REPAIR, order), withVariables("solved", "false", "repairNote", "主幹光纜中斷"));
        assertThat(task(ESCALATE_TECH, order)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofMinutes(50)));

        clock(Duration.ofMinutes(43));
        complete(task(ESCALATE_TECH, order), withVariables("faultDescription", "主幹光纜中斷，需熔接"));
        Assertions.assertThat(notifier.recipients()).contains("cs-1", "tech-1");
        assertThat(order).variables().containsEntry("handoverLate", false).containsEntry("handoverDelayedFix", false);
        assertThat(task(TECH_REPAIR, order)).hasCandidateGroup("tech-support");
        complete(task(TECH_REPAIR, order), withVariables("techNote", "已熔接"));
        runAsyncJobs(order);
        complete(task(FEEDBACK, order));
        callback(order, Map.of());
        assertThat(order).isEnded();
        Assertions.assertThat(appraisal.entries()).isEmpty();
    }

    @Test
    void aLateHandOverIsRemindedAndDeductedWhenTechSupportConfirmsItDelayedTheFix_R_WO_6() {
        ProcessInstance order = startDispatched();
        contact(order);
        complete(task(ARRIVE, order));
        clock(Duration.ofMinutes(40));
        complete(task(REPAIR, order), withVariables("solved", false));
        notifier.sent.clear();
        fire(ESCALATION_OVERDUE, order, Duration.ofMinutes(50));
        Assertions.assertThat(notifier.recipients()).containsExactly(ENGINEER);
        Assertions.assertThat(appraisal.entries()).isEmpty(); // a reminder, not yet a deduction
        clock(Duration.ofMinutes(75));
        complete(task(ESCALATE_TECH, order), withVariables("faultDescription", "光纜中斷"));
        // pre-ticked for tech support: the hand-over came after the configured limit
        assertThat(order).variables().containsEntry("handoverLate", true).containsEntry("handoverDelayedFix", true);
        clock(Duration.ofHours(3));
        complete(task(TECH_REPAIR, order), withVariables("techNote", "已熔接", "handoverDelayedFix", true));
        runAsyncJobs(order);
        LedgerEntry late = nonNull(appraisal.entries("R-WO-6").stream().findFirst().orElse(null));
        Assertions.assertThat(late.staff()).isEqualTo(ENGINEER);
        Assertions.assertThat(late.points()).isEqualByComparingTo("0.5");
        Assertions.assertThat(late.occurredAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(order).isWaitingAt(FEEDBACK);
    }

    @Test
    void aLateHandOverThatDelayedNothingIsNotDeducted_R_WO_6() {
        ProcessInstance order = startDispatched();
        contact(order);
        complete(task(ARRIVE, order));
        complete(task(REPAIR, order), withVariables("solved", false));
        clock(Duration.ofMinutes(30));
        complete(task(ESCALATE_TECH, order), withVariables("faultDescription", "光纜中斷"));
        // tech support unticks: the fix waited for the cable crew anyway
        complete(task(TECH_REPAIR, order), withVariables("techNote", "等待外線", "handoverDelayedFix", "false"));
        runAsyncJobs(order);
        Assertions.assertThat(appraisal.entries()).isEmpty();
        assertThat(order).isWaitingAt(FEEDBACK);
    }

    @Test
    void aRepairNeitherFixedNorHandedOverInTimeMakesTheEngineerDecide_R_WO_6() {
        ProcessInstance order = startDispatched();
        contact(order);
        clock(Duration.ofMinutes(30));
        complete(task(ARRIVE, order));
        // the engineer never declares the fault unsolved: after the configured repair time they must decide
        fire(WorkOrderProcess.REPAIR_OVERDUE, order, Duration.ofMinutes(150));
        assertThat(order).isWaitingAt(WorkOrderProcess.DECIDE_REPAIR);
        assertThat(task(WorkOrderProcess.DECIDE_REPAIR, order)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofMinutes(160)));
        complete(task(WorkOrderProcess.DECIDE_REPAIR, order), withVariables("solved", "false", "repairNote", "查不出原因"));
        assertThat(task(ESCALATE_TECH, order)).isAssignedTo(ENGINEER).hasDueDate(at(Duration.ofMinutes(160)));
    }



    @Test
    void dispatchToAnEngineerOfAnotherStationIsRefusedAndTheTaskStays_R_WO_1() {
        ProcessInstance order = start(order());
        Assertions.assertThatThrownBy(() -> complete(task(DISPATCH, order), withVariables("engineer", "eng-west-1")))
                .hasMessageContaining("不屬於區站");
        assertThat(order).isWaitingAt(DISPATCH);
        Assertions.assertThat(notifier.sent).isEmpty();
        complete(task(DISPATCH, order), withVariables("engineer", "eng-east-2"));
        assertThat(task(CONTACT, response(order))).isAssignedTo("eng-east-2");
    }

    @Test
    void anOrderFromTasklistForAnUnknownStationIsNotStarted() {
        Map<String, Object> vars = order();
        vars.put("station", "north");
        Assertions.assertThatThrownBy(() -> start(vars)).hasMessageContaining("查無此區站");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    private long engineJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count();
    }
}
