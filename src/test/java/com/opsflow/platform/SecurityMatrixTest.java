package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Who may do what over HTTP: anonymous, a demo engineer, the process owner; one sign-in for people. */
@OpsFlowSpringBootTest
class SecurityMatrixTest {

    private static final String PROBE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probe-defs" targetNamespace="https://opsflow.local/test">
              <bpmn:process id="security-probe" name="部署測試" isExecutable="true" camunda:historyTimeToLive="P1D"
                  camunda:versionTag="1.0.0">
                <bpmn:startEvent id="StartEvent_Probe" name="開始"/>
                <bpmn:sequenceFlow id="Flow_Probe" sourceRef="StartEvent_Probe" targetRef="EndEvent_Probe"/>
                <bpmn:endEvent id="EndEvent_Probe" name="結束"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static final String LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @LocalServerPort
    int port;
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
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("security-probe").count()).isZero();
    }

    @Test
    void theProcessOwnerMayDeploy() {
        ResponseEntity<String> response = deployAs("owner-1");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("security-probe").count()).isEqualTo(1);
    }

    @Test
    void anonymousVisitorsOfTasklistCockpitAndOpsFlowPagesAreSentToTheOneSignInPage() {
        WebSession browser = new WebSession(port);
        for (String page : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/attendance",
                "/dashboard", "/me")) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()).as(page)
                    .isEqualTo("/login");
        }
        // the webapps' own API answers 401 (the app then goes to the sign-in page itself)
        assertThat(browser.getJson("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    }

    @Test
    void theSignInPageIsChineseAndCarriesACsrfToken() {
        HttpResponse<String> page = new WebSession(port).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("帳號", "密碼", "登入", "name=\"_csrf\"").doesNotContain("Please sign in");
    }

    @Test
    void oneSignInOpensTasklistAndTheOpsFlowPagesInOneSession() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> signedIn = browser.signIn("eng-east-1", "eng-east-1");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/");

        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        // Camunda's container-based authentication knows the user from the same session
        HttpResponse<String> camundaUser = browser.getJson("/camunda/api/admin/auth/user/default");
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"eng-east-1\"").contains("tasklist");
        assertThat(browser.get("/attendance").statusCode()).isEqualTo(200);
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordOnTheSignInPageIsRefusedInChinese() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> refused = browser.signIn("eng-east-2", "not-the-password");
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("帳號或密碼錯誤");
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    @Test
    void camundasOwnLoginIsClosedSoThereIsNoSecondSignIn() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=eng-east-1&password=eng-east-1");
        assertThat(login.statusCode()).isIn(401, 403);
        assertThat(login.body()).doesNotContain("eng-east-1");
    }

    @Test
    void signingOutOfTasklistEndsTheOneSession() {
        WebSession browser = new WebSession(port);
        browser.signIn("eng-east-1", "eng-east-1");
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        String token = browser.cookie("XSRF-TOKEN");
        assertThat(token).isNotBlank();

        HttpResponse<String> logout = browser.post(LOGOUT, "", "X-XSRF-TOKEN", token);
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(browser.get("/attendance").statusCode()).isEqualTo(302);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    @Test
    void aForgedSignOutWithoutCamundasCsrfTokenIsRefused() {
        WebSession browser = new WebSession(port);
        browser.signIn("eng-east-1", "eng-east-1");
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        HttpResponse<String> forged = browser.post(LOGOUT, "", "X-XSRF-TOKEN", "guessed");
        // not Spring's sign-out: Camunda's CsrfPreventionFilter refuses it (and, its own defence,
        // forgets the session the forged request came with)
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void errorPagesAPersonReachesAreChineseAndBrandedWhileTheApiKeepsJson() {
        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-east-1", "eng-east-1");

        HttpResponse<String> missing = engineer.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("找不到頁面", "OpsFlow", "回到任務清單").doesNotContain("Whitelabel");

        HttpResponse<String> dashboard = engineer.get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(403);
        assertThat(dashboard.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(dashboard.body()).contains("沒有權限", "儀表板僅供").doesNotContain("\"status\"");

        HttpResponse<String> cockpit = engineer.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.body()).contains("沒有權限").doesNotContain("Whitelabel");

        ResponseEntity<String> api = rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/no-such-thing",
                String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getBody()).contains("\"status\":404");
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
