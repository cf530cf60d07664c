package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.CALL_RESPONSE;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT;
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
 * template, and its called response deadline shows the order from the variables it is given.
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
}
