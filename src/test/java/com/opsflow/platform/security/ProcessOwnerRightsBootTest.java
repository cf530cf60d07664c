package com.opsflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.WebSession;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Process owners deploy and read; what destroys or rewrites a live order stays with
 * administrators, through the engine REST API and through Cockpit's copy of it alike, and the
 * refusal says so in Chinese. Nothing refused is changed.
 */
@OpsFlowSpringBootTest
class ProcessOwnerRightsBootTest {

    private static final String KEY = "ownerRightsProbe";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    String deployment;
    String instance;

    @BeforeEach
    void aDeploymentWithALiveOrder() {
        var model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
                .userTask("UserTask_Wait").endEvent().done();
        // a probe model: deployed by the test itself, past the deployment lint (modeler.UncheckedDeployment)
        deployment = com.opsflow.modeler.UncheckedDeployment.call(() -> repositoryService.createDeployment()
                .name("owner-rights-probe").addModelInstance(KEY + ".bpmn", model).deploy()).getId();
        instance = runtimeService.startProcessInstanceByKey(KEY).getId();
    }

    @AfterEach
    void removeTheProbe() {
        repositoryService.createDeploymentQuery().deploymentName("owner-rights-probe").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    private ResponseEntity<String> as(String user, HttpMethod method, String path, Object body) {
        return rest.withBasicAuth(user, user).exchange(path, method, body == null ? null : new HttpEntity<>(body), String.class);
    }

    private void assertStillRunning() {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);
    }

    @Test
    void aProcessOwnerMayNotCascadeDeleteADeploymentWithALiveOrder() {
        ResponseEntity<String> refused = as("owner-1", HttpMethod.DELETE, "/engine-rest/deployment/" + deployment + "?cascade=true", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("連帶刪除", "僅限管理員");
        assertStillRunning();
    }

    @Test
    void aProcessOwnerMayNotDeleteADeploymentThatStillRuns() {
        ResponseEntity<String> refused = as("owner-1", HttpMethod.DELETE, "/engine-rest/deployment/" + deployment, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("仍有 1 個執行中的流程實例");
        ResponseEntity<String> byKey = as("owner-1", HttpMethod.DELETE, "/engine-rest/engine/default/process-definition/key/" + KEY
                + "?cascade=TRUE", null);
        assertThat(byKey.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertStillRunning();
    }

    @Test
    void aProcessOwnerMayNotDeleteModifyOrMigrateInstancesThroughTheEngineApi() {
        ResponseEntity<String> delete = as("owner-1", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null);
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete.getBody()).contains("刪除流程實例僅限管理員");
        ResponseEntity<String> modify = as("owner-1", HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
                java.util.Map.of("instructions", java.util.List.of(java.util.Map.of("type", "cancel", "activityId", "UserTask_Wait"))));
        assertThat(modify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(modify.getBody()).contains("修改流程實例");
        ResponseEntity<String> migrate = as("owner-1", HttpMethod.POST, "/engine-rest/migration/execute",
                java.util.Map.of("processInstanceIds", java.util.List.of(instance)));
        assertThat(migrate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(migrate.getBody()).contains("遷移流程實例僅限管理員");
        assertStillRunning();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).activityIdIn("UserTask_Wait").count())
                .isEqualTo(1);
    }

    @Test
    void cockpitRefusesAProcessOwnersCascadeDeletionInChinese() {
        WebSession cockpit = new WebSession(port);
        cockpit.signIn("owner-1", "owner-1");
        assertThat(cockpit.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        String token = cockpit.cookie("XSRF-TOKEN");

        HttpResponse<String> refused = cockpit.request("DELETE", "/camunda/api/engine/engine/default/deployment/" + deployment
                + "?cascade=true&skipCustomListeners=true&skipIoMappings=true", null, "X-XSRF-TOKEN", token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"message\":\"連帶刪除");
        HttpResponse<String> modify = cockpit.request("POST", "/camunda/api/engine/engine/default/modification/executeAsync",
                "{\"processInstanceIds\":[\"" + instance + "\"]}", "X-XSRF-TOKEN", token);
        assertThat(modify.statusCode()).isEqualTo(403);
        assertStillRunning();
    }

    @Test
    void aProcessOwnerStillDeploysReadsAndDeletesWhatNoLongerRuns() {
        ResponseEntity<String> read = as("owner-1", HttpMethod.GET, "/engine-rest/process-instance?processDefinitionKey=" + KEY, null);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).contains(instance);
        runtimeService.deleteProcessInstance(instance, "test");
        ResponseEntity<String> deleted = as("owner-1", HttpMethod.DELETE, "/engine-rest/deployment/" + deployment, null);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deployment).count()).isZero();
    }

    @Test
    void anAdministratorMayCascadeDeleteAndModify() {
        ResponseEntity<String> modify = as("admin", HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
                java.util.Map.of("instructions", java.util.List.of(java.util.Map.of("type", "startBeforeActivity",
                        "activityId", "UserTask_Wait"))));
        assertThat(modify.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> deleted = as("admin", HttpMethod.DELETE, "/engine-rest/deployment/" + deployment + "?cascade=true", null);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }
}
