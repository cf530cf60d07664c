package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.CALL_RESPONSE;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT;
import static com.opsflow.workorder.WorkOrderProcess.ON_SITE_OVERDUE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 moved the order's display data out of the process variables; an order taken on the
 * repair model before it (1.1.0, kept as {@code workorder/repair-1.1.0.bpmn}) and dispatched after
 * the deployment still finds the {@code ${contactDeadline}} and {@code ${engineerName}} its mails
 * template, and its called response deadline shows the order from the variables it is given. An
 * order on 1.2.0 ({@code workorder/repair-1.2.0.bpmn}), before the escalation's people and the work
 * deadline's text stopped being variables, still gets both.
 */
@Deployment(resources = {"workorder/repair-1.1.0.bpmn", "bpmn/workorder/response-deadline.bpmn",
        "bpmn/workorder/callback.bpmn"})
class InFlightOrdersTest extends WorkOrderScenario {

    @Override
    String processKey() {
        return "repair";
    }

    @Test
    void anOrderOnTheModelBeforeIssue19IsDispatchedWithTheDeadlineInTheEngineersMail_R_WO_1() {
        ProcessInstance order = startDispatched();
        assertThat(order).isWaitingAt(CALL_RESPONSE);
        String contactDeadline = deadlines.text(at(Duration.ofMinutes(10)));
        Assertions.assertThat(notifier.sent).singleElement()
                .satisfies(mail -> Assertions.assertThat(mail.body()).contains("陳大文", contactDeadline));
        Assertions.assertThat(engine.getRuntimeService().getVariables(order.getId()))
                .containsEntry("engineerName", "王小明").containsEntry("contactDeadline", contactDeadline);
        // the old model copies the order's data into the called process, which still works with it
        ProcessInstance response = response(order);
        assertThat(task(CONTACT, response)).isAssignedTo(ENGINEER);
        Assertions.assertThat(engine.getRuntimeService().getVariables(response.getId()))
                .containsEntry("customerName", "陳大文");
    }

    @Test
    @Deployment(resources = {"workorder/repair-1.2.0.bpmn", "bpmn/workorder/response-deadline.bpmn",
            "bpmn/workorder/callback.bpmn"})
    void anOrderOnModel120KeepsTheWorkDeadlineTextAndPassesTheEscalationsPeople_R_WO_4() {
        ProcessInstance order = startDispatched();
        String onSite = deadlines.text(at(Duration.ofHours(1)));
        Assertions.assertThat(engine.getRuntimeService().getVariables(order.getId())).containsEntry("workDeadline", onSite)
                .containsEntry("opsManager", "ops-mgr").containsEntry("stationManager", "mgr-east");
        Assertions.assertThat(notifier.sent).singleElement().satisfies(mail -> Assertions.assertThat(mail.body()).contains(onSite));
        // the new response deadline keeps the people the old order passed
        missContact(order);
        ProcessInstance response = response(order);
        Assertions.assertThat(engine.getRuntimeService().getVariables(response.getId())).containsEntry("opsManager", "ops-mgr")
                .containsEntry("stationHead", "head-east");
        clock(Duration.ofMinutes(30));
        contact(order);
        fire(ON_SITE_OVERDUE, order, Duration.ofHours(1));
        // firing evaluates the old model's on-site reason, which templates ${workDeadline}; R-WO-4 stays
        // posted once per order (the missed contact's)
        Assertions.assertThat(appraisal.entries("R-WO-4")).singleElement();
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(order.getId())
                .variableName("workDeadline").singleResult().getValue()).isEqualTo(onSite);
    }
}
