package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The actuator (docs/operations.md "Monitoring"): health's UP/DOWN is open to monitoring without a
 * password, its details and every other endpoint only to camunda-admin.
 */
@OpsFlowSpringBootTest
class ActuatorAccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void monitoringReadsTheHealthStatusWithoutPasswordButNoDetails() throws Exception {
        ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);
        // 200 when UP, 503 when DOWN (the test profile runs without job executor): both carry the status
        assertThat(response.getStatusCode().value()).isIn(200, 503);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("status").asText()).isIn("UP", "DOWN");
        assertThat(body.has("components")).as("details for anonymous").isFalse();
        assertThat(response.getBody()).doesNotContain("jdbc").doesNotContain("database");
    }

    @Test
    void aLoadBalancerReadsLivenessAndReadinessWithoutPassword() throws Exception {
        for (String probe : java.util.List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            ResponseEntity<String> response = rest.getForEntity(probe, String.class);
            assertThat(response.getStatusCode().value()).as(probe).isEqualTo(200);
            assertThat(json.readTree(response.getBody()).path("status").asText()).as(probe).isEqualTo("UP");
            assertThat(response.getBody()).doesNotContain("jdbc").doesNotContain("database");
        }
    }

    @Test
    void anAdministratorSeesTheDatabaseInTheHealthDetails() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "admin").getForEntity("/actuator/health", String.class);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(body.path("components").has("processEngine")).as(response.getBody()).isTrue();
    }

    @Test
    void aStaffMemberSeesNoHealthDetails() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/actuator/health", String.class);
        assertThat(json.readTree(response.getBody()).has("components")).isFalse();
    }

    @Test
    void otherActuatorEndpointsAreForAdministratorsOnly() {
        assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/actuator", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> engineer = rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/actuator/metrics", String.class);
        assertThat(engineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineer.getBody()).contains("沒有權限");
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void endpointsNotExposedStayClosedEvenForAdministrators() {
        // env and heap dumps would show secrets: not exposed at all
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/env", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
