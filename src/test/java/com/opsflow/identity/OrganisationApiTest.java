package com.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who is fined is who held the role (R-WO-2, R-WO-3): the ops manager is a named person of the organisation. */
@OpsFlowSpringBootTest
class OrganisationApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    StaffDirectory directory;

    @Test
    void theOrganisationNamesTheOpsManagerAndTheStations_R_WO_2() {
        ResponseEntity<Map<String, Object>> org = rest.withBasicAuth("cs-1", "cs-1")
                .exchange("/api/organisation", HttpMethod.GET, null, JSON);
        assertThat(org.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(org.getBody().get("opsManager")).isEqualTo(Map.of("id", "ops-mgr", "name", "周國強"));
        assertThat(org.getBody().get("stations").toString()).contains("east", "東區站", "head-east");
    }

    @Test
    void anOrderNamesTheAppointedOpsManagerNotTheFirstMemberOfTheGroup_R_WO_3() {
        // a deputy whose id sorts before ops-mgr joins the group
        User deputy = identityService.newUser("aa-deputy");
        deputy.setFirstName("副");
        deputy.setLastName("經理");
        deputy.setPassword("aa-deputy-pw-9");
        identityService.saveUser(deputy);
        identityService.createMembership("aa-deputy", Groups.OPS_MANAGER);
        try {
            assertThat(directory.firstMemberOf(Groups.OPS_MANAGER)).contains("aa-deputy");
            ResponseEntity<Map<String, Object>> created = rest.withBasicAuth("cs-1", "cs-1").exchange("/api/work-orders",
                    HttpMethod.POST, new HttpEntity<>(Map.of("type", "REPAIR", "customerName", "陳大文", "customerPhone",
                            "13800138000", "address", "東區幸福路 1 號", "station", "east", "channel", "PHONE",
                            "description", "無法上網", "engineer", "eng-east-1")), JSON);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            Object opsManager = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId((String) created.getBody().get("processInstanceId")).variableName("opsManager")
                    .singleResult().getValue();
            assertThat(opsManager).isEqualTo("ops-mgr");
            // the order was only a probe: other tests of the shared context count open orders
            String id = (String) created.getBody().get("processInstanceId");
            runtimeService.deleteProcessInstance(id, "probe of OrganisationApiTest");
            historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey((String) created.getBody().get("orderNo"))
                    .list().forEach(p -> historyService.deleteHistoricProcessInstance(p.getId()));
        } finally {
            identityService.deleteUser("aa-deputy");
        }
    }

    @Test
    void onlyAdminAppointsTheOpsManagerAndOnlyFromTheGroup_R_WO_2() {
        assertThat(rest.withBasicAuth("ops-mgr", "ops-mgr").exchange("/api/organisation/ops-manager", HttpMethod.PUT,
                new HttpEntity<>(Map.of("userId", "ops-mgr")), JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> notInGroup = rest.withBasicAuth("admin", "admin").exchange(
                "/api/organisation/ops-manager", HttpMethod.PUT, new HttpEntity<>(Map.of("userId", "cs-1")), JSON);
        assertThat(notInGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(directory.opsManager()).contains("ops-mgr");
        ResponseEntity<Map<String, Object>> same = rest.withBasicAuth("admin", "admin").exchange(
                "/api/organisation/ops-manager", HttpMethod.PUT, new HttpEntity<>(Map.of("userId", "ops-mgr")), JSON);
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(directory.opsManager()).contains("ops-mgr");
    }
}
