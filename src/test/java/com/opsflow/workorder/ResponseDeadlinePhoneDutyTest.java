package com.opsflow.workorder;

import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_OPS_MANAGER;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_STATION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.opsflow.staff.process.UnreachableManagerProcess;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-AP-5 where it happens: the escalation steps of R-WO-2 have "電話聯系不上" with the time tried;
 * ticking it reports the manager for their superior to confirm ({@code unreachable-manager}), the
 * bureau head for the ops manager. The escalation itself goes on as before.
 */
@Deployment(resources = {"bpmn/workorder/response-deadline.bpmn", "bpmn/staff/unreachable-manager.bpmn"})
class ResponseDeadlinePhoneDutyTest extends WorkOrderScenario {

    /** The demo organisation with its bureau head (confirms for the ops manager) and superiors. */
    static class Organisation extends FakeStaffDirectory {
        @Override
        public Optional<String> firstMemberOf(String groupId) {
            return "bureau-head".equals(groupId) ? Optional.of("bureau-1") : super.firstMemberOf(groupId);
        }
    }

    @BeforeEach
    void withTheBureauHead() {
        registerPhoneDuty(new Organisation());
    }

    @Override
    String processKey() {
        return WorkOrderProcess.RESPONSE_DEADLINE;
    }

    ProcessInstance overdue() {
        Date contactDue = deadlines.dueAfter(at(Duration.ZERO), deadlines.contact());
        Map<String, Object> vars = new java.util.HashMap<>(Map.of("orderNo", "WO-20261125-0042", "orderType", "REPAIR",
                "orderTypeName", "報修", "customerName", "陳大文", "customerPhone", "13800138000", "address", "東區幸福路 1 號",
                "stationName", "東區站", "engineer", ENGINEER, "engineerName", "王小明", "csAgent", "cs-1"));
        vars.putAll(Map.of("opsManager", "ops-mgr", "stationHead", "head-east", "stationManager", "mgr-east",
                "dispatchedAt", at(Duration.ZERO), "contactDue", contactDue, "contactDeadline", deadlines.text(contactDue)));
        ProcessInstance response = engine.getRuntimeService().startProcessInstanceByKey(processKey(), "WO-20261125-0042", vars);
        fireContactOverdue(response, Duration.ofMinutes(10));
        return response;
    }

    List<ProcessInstance> reports() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnreachableManagerProcess.KEY)
                .list().stream().map(ProcessInstance.class::cast).toList();
    }

    Task confirmationOf(String unreachable) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(UnreachableManagerProcess.CONFIRM)
                .processVariableValueEquals(UnreachableManagerProcess.VAR_UNREACHABLE, unreachable).singleResult();
    }

    @Test
    void customerServiceWhoCannotReachTheOpsManagerReportsItForTheBureauHeadToConfirm_R_AP_5() {
        ProcessInstance response = overdue();
        clock(Duration.ofMinutes(12));
        engine.getIdentityService().setAuthenticatedUserId("cs-1");
        complete(task(NOTIFY_OPS_MANAGER, response), withVariables("opsManagerNotified", true,
                "opsManagerUnreachable", true, "opsManagerTriedAt", "2026-11-25T09:11:00+08:00",
                "opsManagerHowTried", "撥打 13900000000 三次，關機"));
        engine.getIdentityService().clearAuthentication();

        Task confirm = confirmationOf("ops-mgr");
        Assertions.assertThat(confirm).as("a report waits for the superior").isNotNull();
        Assertions.assertThat(confirm.getAssignee()).as("the bureau head confirms for the ops manager").isEqualTo("bureau-1");
        Map<String, Object> vars = engine.getTaskService().getVariables(confirm.getId());
        Assertions.assertThat(vars).containsEntry("reporter", "cs-1").containsEntry("triedAtText", "2026-11-25 09:11")
                .containsEntry("howTried", "撥打 13900000000 三次，關機");
        Assertions.assertThat((String) vars.get("source")).contains("WO-20261125-0042", "通知運營部經理");
        // the escalation goes on: the ops manager still gets the mail and the next step
        assertThat(response).isWaitingAt(NOTIFY_STATION);
        Assertions.assertThat(notifier.recipients()).contains("ops-mgr");
    }

    @Test
    void theOpsManagerWhoCannotReachTheStationHeadReportsOnlyTheStationHead_R_AP_5() {
        ProcessInstance response = overdue();
        clock(Duration.ofMinutes(12));
        complete(task(NOTIFY_OPS_MANAGER, response), withVariables("opsManagerNotified", true));
        Assertions.assertThat(reports()).as("not ticked: no report").isEmpty();
        clock(Duration.ofMinutes(14));
        engine.getIdentityService().setAuthenticatedUserId("ops-mgr");
        complete(task(NOTIFY_STATION, response), withVariables("stationNotified", true, "stationHeadUnreachable", true,
                "stationHeadTriedAt", "2026-11-25T09:13:00+08:00", "stationManagerUnreachable", false));
        engine.getIdentityService().clearAuthentication();

        Assertions.assertThat(reports()).hasSize(1);
        Task confirm = confirmationOf("head-east");
        Assertions.assertThat(confirm.getAssignee()).as("no superior recorded: the ops manager confirms").isEqualTo("ops-mgr");
        Assertions.assertThat(engine.getTaskService().getVariable(confirm.getId(), "howTried")).isEqualTo("電話聯系不上");
    }

    @Test
    void couldNotReachNeedsTheTimeTriedAndRefusesTheStepWithout_R_AP_5() {
        ProcessInstance response = overdue();
        clock(Duration.ofMinutes(12));
        Assertions.assertThatThrownBy(() -> complete(task(NOTIFY_OPS_MANAGER, response),
                withVariables("opsManagerNotified", true, "opsManagerUnreachable", true)))
                .hasMessageContaining("撥打電話的時間");
        Assertions.assertThat(reports()).isEmpty();
        assertThat(response).isWaitingAt(NOTIFY_OPS_MANAGER);
    }
}
