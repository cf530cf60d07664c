package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Production start-up (foundation issue): no demo organisation, the first administrator from the
 * starter's standard {@code camunda.bpm.admin-user.*} properties (environment variables in
 * production); mail off as shipped, with no mail server listening, and the job executor on. A context of its own, on its own in-memory database, with an engine of its own
 * name: engines register in a JVM-wide registry by name, and a second "default" would take the
 * engine REST API away from the shared test context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:opsflow-first-admin;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=firstadmin",
        "camunda.bpm.admin-user.id=first-admin",
        "camunda.bpm.admin-user.password=Change-me-1",
        "camunda.bpm.admin-user.first-name=管理員",
        "camunda.bpm.job-execution.enabled=true",
        // as shipped: mail off (the test profile turns it on for GreenMail), and nothing listens on this port
        "opsflow.mail.enabled=false", "spring.mail.port=9"})
@ActiveProfiles("test")
class FirstAdministratorTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void theFirstAdministratorComesFromTheStartersAdminUserPropertiesAndNoDemoUserExists() {
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(u -> u.getId()).containsExactly("first-admin");
        assertThat(identityService.createUserQuery().userId("eng-east-1").count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("engineer").count()).isEqualTo(1);

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("camunda-admin").count()).isPositive();

        // the first administrator logs in with the configured password; no demo password works
        assertThat(rest.withBasicAuth("first-admin", "Change-me-1").getForEntity("/api/stations", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/stations", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aNodeWithMailOffIsHealthyWithoutAMailServer() throws Exception {
        // a load balancer takes a DOWN node out: the mail server's health is not the node's when mail is off
        ResponseEntity<String> health = rest.withBasicAuth("first-admin", "Change-me-1").getForEntity("/actuator/health",
                String.class);
        JsonNode body = json.readTree(health.getBody());
        assertThat(body.path("components").has("mail")).as(health.getBody()).isFalse();
        assertThat(body.path("status").asText()).as(health.getBody()).isEqualTo("UP");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
