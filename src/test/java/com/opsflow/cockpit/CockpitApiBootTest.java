package com.opsflow.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.approval.ApprovalProcesses;
import com.opsflow.identity.Groups;
import com.opsflow.platform.WebSession;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrders;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * the data of Cockpit's plugins on the webapps' session, for the people who may open
 * Cockpit only, and the group leader's read scope.
 */
@OpsFlowSpringBootTest
class CockpitApiBootTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    WorkOrders workOrders;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void theGroupLeaderFindsTheDecisionWithTheApplicantsChineseNameAndItsActions() throws Exception {
        String reason = "辦理護照 " + System.nanoTime();
        ProcessInstance leave = fileOneDayLeave("eng-east-3", reason);

        WebSession leader = new WebSession(port);
        leader.signIn("leader-1", "leader-1");
        var response = leader.getJson("/camunda/api/opsflow/decisions");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode decision = null;
        for (JsonNode d : json.readTree(response.body())) {
            if (d.get("reason").asText().contains(reason)) {
                decision = d;
            }
        }
        assertThat(decision).as("the leave waits for leader-1").isNotNull();
        assertThat(decision.get("applicantName").asText()).isEqualTo("張家豪");
        assertThat(decision.get("type").asText()).isEqualTo("請假");
        assertThat(decision.get("name").asText()).isEqualTo("審批：請假申請");
        assertThat(decision.get("days").asText()).isEqualTo("1");
        assertThat(decision.get("actions").findValuesAsText("label")).containsExactly("核准", "駁回");
        assertThat(decision.at("/actions/1/commentRequired").asBoolean()).as("a rejection needs a comment").isTrue();
        assertThat(decision.at("/actions/1/variables/approved").asBoolean()).isFalse();

        // R-LV-1's approver may now read that request (and its decision) in Cockpit, and no other
        List<String> groups = List.of(Groups.GROUP_LEADER);
        assertThat(authorizationService.isUserAuthorized("leader-1", groups, Permissions.READ, Resources.PROCESS_INSTANCE,
                leave.getId())).isTrue();
        ProcessInstance unrelated = fileLeave("eng-west-2", "2031-01-08", "2031-01-09", "長假 " + System.nanoTime());
        // more than one day: the bureau head decides (R-LV-1), the group leader reads nothing of it
        assertThat(authorizationService.isUserAuthorized("leader-1", groups, Permissions.READ, Resources.PROCESS_INSTANCE,
                unrelated.getId())).isFalse();
    }

    @Test
    void aStationsManagerAndHeadReadTheirStationsOrdersOnlyWhileTheOpsManagerReadsAll() {
        OrderCreated order = workOrders.create(new NewWorkOrder("REPAIR", "陳大文", "13800138000", "東區中山路 1 號",
                "east", "PHONE", "寬頻斷線", "eng-east-1", null, null), "cs-1");

        assertThat(reads("head-east", Groups.STATION_HEAD, order.processInstanceId())).isTrue();
        assertThat(reads("mgr-east", Groups.STATION_MANAGER, order.processInstanceId())).isTrue();
        assertThat(reads("head-west", Groups.STATION_HEAD, order.processInstanceId())).isFalse();
        assertThat(reads("mgr-west", Groups.STATION_MANAGER, order.processInstanceId())).isFalse();
        assertThat(reads("ops-mgr", Groups.OPS_MANAGER, order.processInstanceId())).isTrue();
        assertThat(reads("eng-west-1", Groups.ENGINEER, order.processInstanceId())).isFalse();
        // the response deadline the order started in the same transaction too
        String response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(order.processInstanceId())
                .singleResult().getId();
        assertThat(reads("mgr-east", Groups.STATION_MANAGER, response)).isTrue();
        assertThat(reads("mgr-west", Groups.STATION_MANAGER, response)).isFalse();

        // the next task of the same order grants nothing twice (one grant per person and instance)
        var contact = taskService.createTaskQuery().processInstanceId(response).singleResult();
        taskService.complete(contact.getId(), Map.of("appointment", "2099-01-01T10:00+08:00"));
        assertThat(taskService.createTaskQuery().processInstanceId(order.processInstanceId()).taskDefinitionKey(
                com.opsflow.workorder.WorkOrderProcess.ARRIVE).count()).isOne();
        assertThat(authorizationService.createAuthorizationQuery().userIdIn("mgr-east")
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(order.processInstanceId()).count()).isOne();
    }

    @Test
    void theTimelineOfAnOrderThatEndedComesFromHistory() throws Exception {
        OrderCreated order = workOrders.create(new NewWorkOrder("REPAIR", "林美華", "13900139000", "西區和平路 2 號",
                "west", "PHONE", "電話無聲", "eng-west-1", null, null), "cs-1");
        runtimeService.deleteProcessInstance(order.processInstanceId(), "客戶取消");

        WebSession manager = new WebSession(port);
        manager.signIn("head-west", "head-west");
        var response = manager.getJson("/camunda/api/opsflow/orders/" + order.orderNo() + "/timeline");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode timeline = json.readTree(response.body());
        assertThat(timeline.get("statusLabel").asText()).isEqualTo("已取消");
        assertThat(timeline.get("customer").asText()).isEqualTo("林美華");
        assertThat(timeline.get("timeline").findValuesAsText("label")).contains("時限：聯系用戶（R-WO-1）");
        assertThat(timeline.get("timeline").findValuesAsText("kind")).contains("STEP", "DEADLINE");
    }

    private boolean reads(String user, String group, String processInstanceId) {
        return authorizationService.isUserAuthorized(user, List.of(group), Permissions.READ, Resources.PROCESS_INSTANCE,
                processInstanceId);
    }

    @Test
    void staffHaveNoCockpitData() {
        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-west-1", "eng-west-1");
        for (String path : List.of("/camunda/api/opsflow/decisions", "/camunda/api/opsflow/me",
                "/camunda/api/opsflow/orders/at-risk", "/camunda/api/opsflow/orders/WO-1/timeline")) {
            assertThat(engineer.getJson(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(new WebSession(port).getJson("/camunda/api/opsflow/decisions").statusCode()).isEqualTo(401);
    }

    @Test
    void managersOnlyReadWhileProcessOwnersChangeDefinitionsAndVariablesHaveChineseLabels() throws Exception {
        WebSession manager = new WebSession(port);
        manager.signIn("ops-mgr", "ops-mgr");
        JsonNode me = json.readTree(manager.getJson("/camunda/api/opsflow/me").body());
        assertThat(me.get("readOnly").asBoolean()).isTrue();
        assertThat(me.at("/variableLabels/reason").asText()).isEqualTo("事由");
        assertThat(me.at("/variableLabels/decidedByName").asText()).isEqualTo("審批人");
        assertThat(me.at("/variableLabels/orderNo").asText()).isEqualTo("工單號");

        WebSession owner = new WebSession(port);
        owner.signIn("owner-1", "owner-1");
        assertThat(json.readTree(owner.getJson("/camunda/api/opsflow/me").body()).get("readOnly").asBoolean()).isFalse();

        assertThat(manager.getJson("/camunda/api/opsflow/orders/at-risk?minutes=-1").statusCode()).isEqualTo(400);
        assertThat(manager.getJson("/camunda/api/opsflow/orders/NO-SUCH-ORDER/timeline").statusCode()).isEqualTo(404);
    }

    private ProcessInstance fileOneDayLeave(String applicant, String reason) {
        return fileLeave(applicant, "2031-01-08", "2031-01-08", reason);
    }

    private ProcessInstance fileLeave(String applicant, String from, String to, String reason) {
        identityService.setAuthentication(applicant, List.of(Groups.ENGINEER));
        try {
            return runtimeService.startProcessInstanceByKey(ApprovalProcesses.LEAVE, Map.of("leaveType", "PERSONAL",
                    "fromDate", from, "fromHalf", "AM", "toDate", to, "toHalf", "PM", "reason", reason,
                    "emergency", false));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
