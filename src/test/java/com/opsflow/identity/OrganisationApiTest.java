package com.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    StaffDirectory directory;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theOrganisationNamesTheOpsManagerAndTheStations_R_WO_2() {
        ResponseEntity<Map<String, Object>> org = rest.withBasicAuth("cs-1", "cs-1")
                .exchange("/api/organisation", HttpMethod.GET, null, JSON);
        assertThat(org.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(org.getBody().get("opsManager")).isEqualTo(Map.of("id", "ops-mgr", "name", "周國強"));
        assertThat(org.getBody().get("stations").toString()).contains("east", "東區站", "head-east");
    }

    /**
     * A missed contact escalates to the appointed ops manager, found when it escalates
     * ({@code ${findEscalationPeople}}, the step of the response deadline), not to whoever sorts
     * first in the group. Run on a one-step probe model so no order is fined.
     */
    @Test
    void theEscalationNamesTheAppointedOpsManagerNotTheFirstMemberOfTheGroup_R_WO_3() {
        // a deputy whose id sorts before ops-mgr joins the group
        User deputy = identityService.newUser("aa-deputy");
        deputy.setFirstName("副");
        deputy.setLastName("經理");
        deputy.setPassword("aa-deputy-pw-9");
        identityService.saveUser(deputy);
        identityService.createMembership("aa-deputy", Groups.OPS_MANAGER);
        String deployment = null;
        try {
            assertThat(directory.firstMemberOf(Groups.OPS_MANAGER)).contains("aa-deputy");
            BpmnModelInstance probe = Bpmn.createExecutableProcess("probe-escalation-people").camundaHistoryTimeToLive(1)
                    .startEvent().serviceTask("ServiceTask_FindEscalationPeople").camundaDelegateExpression("${findEscalationPeople}")
                    .userTask("UserTask_Wait").endEvent().done();
            deployment = com.opsflow.modeler.UncheckedDeployment.call(() -> repositoryService.createDeployment()
                    .name("probe of OrganisationApiTest").addModelInstance("probe-escalation-people.bpmn", probe).deploy()).getId();
            String id = runtimeService.startProcessInstanceByKey("probe-escalation-people",
                    Map.of("csAgent", "cs-1", "stationManager", "mgr-east", "stationHead", "head-east")).getId();
            assertThat(runtimeService.getVariable(id, "opsManager")).isEqualTo("ops-mgr");
        } finally {
            if (deployment != null) {
                repositoryService.deleteDeployment(deployment, true);
            }
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
