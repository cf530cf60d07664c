package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Who may do what over HTTP: anonymous, a demo engineer, the process owner (foundation issue). */
@OpsFlowSpringBootTest
class SecurityMatrixTest {

    private static final String PROBE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probe-defs" targetNamespace="https://opsflow.local/test">
              <bpmn:process id="securityProbe" name="部署測試" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Probe"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void removeProbeDeployments() {
        repositoryService.createDeploymentQuery().deploymentName("security-probe").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void anonymousGets401OnTheEngineRestApiIncludingTheEngineList() {
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anonymousGets401AsJsonProblemOnTheOpsFlowApi() {
        ResponseEntity<String> response = rest.getForEntity("/api/stations", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(response.getBody()).contains("\"status\":401").doesNotContain("Exception");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(rest.withBasicAuth("eng-east-2", "not-the-password").getForEntity("/api/stations", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anEngineerReadsTheirOwnTasks() {
        ResponseEntity<String> response = rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/engine-rest/task?assignee=eng-east-1", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).startsWith("[");
    }

    @Test
    void anEngineerMayNotDeploy() {
        ResponseEntity<String> response = deployAs("eng-east-1");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("securityProbe").count()).isZero();
    }

    @Test
    void theProcessOwnerMayDeploy() {
        ResponseEntity<String> response = deployAs("owner-1");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("securityProbe").count()).isEqualTo(1);
    }

    @Test
    void theWebappsLogInTheSameUsersBehindCamundasCsrfProtection() {
        String login = "/camunda/api/admin/auth/user/default/login/tasklist";
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", "eng-east-1");
        form.add("password", "eng-east-1");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        // CSRF stays on for the webapps: a login without the token is refused
        assertThat(rest.postForEntity(login, new HttpEntity<>(form, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).orElseThrow();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
        headers.add("X-XSRF-TOKEN", token);

        ResponseEntity<String> ok = rest.postForEntity(login, new HttpEntity<>(form, headers), String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).contains("\"userId\":\"eng-east-1\"").contains("tasklist");
    }

    @Test
    void opsFlowPagesNeedALogin() {
        ResponseEntity<String> response = rest.getForEntity("/some-page", String.class);
        // form login: redirected to /login, never served anonymously
        assertThat(response.getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.OK);
        if (response.getStatusCode() == HttpStatus.OK) {
            assertThat(response.getBody()).contains("username").contains("password");
        } else {
            assertThat(response.getHeaders().getLocation()).hasPath("/login");
        }
    }

    private ResponseEntity<String> deployAs(String user) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "security-probe");
        body.add("data", new ByteArrayResource(PROBE_BPMN.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "security-probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }
}
