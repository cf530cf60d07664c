package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * R-WO-11 on the real engine and database: a new user's registration form is refused incomplete
 * over the REST API, stored in {@code workorder_registration}, filed by the ops department, and
 * still readable from the order's view after Camunda's history of the order was cleaned up.
 */
@OpsFlowSpringBootTest
class RegistrationArchiveBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void theRegistrationFormOutlivesTheOrdersHistory_R_WO_11() {
        Map<String, Object> body = WorkOrderApiTest.with("type", "INSTALLATION");
        body.put("engineer", "eng-east-2");
        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth("cs-1", "cs-1")
                .exchange("/api/work-orders", HttpMethod.POST, new HttpEntity<>(body), WorkOrderApiTest.JSON);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String orderNo = (String) created.getBody().get("orderNo");

        complete("eng-east-2", task(orderNo, WorkOrderProcess.CONTACT), Map.of("appointment",
                OffsetDateTime.ofInstant(Instant.now().plus(Duration.ofHours(4)), ZoneId.of("Asia/Shanghai")).toString()));
        Task install = task(orderNo, WorkOrderProcess.INSTALL);
        Map<String, Object> form = new HashMap<>(Map.of("registrationAccount", "gz-0099887", "registrationBandwidth", "300M",
                "registrationDevice", "光貓 HG8145V5", "registrationMaterials", "皮線光纜 20 米"));
        ResponseEntity<String> refused = post("eng-east-2", install, form);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("上門服務業務登記單未填妥", "用戶簽字確認");
        form.put("registrationCustomerSigned", true);
        form.put("accountTold", true);
        complete("eng-east-2", install, form);
        complete("ops-mgr", task(orderNo, WorkOrderProcess.ARCHIVE_REGISTRATION), Map.of("registrationFiled", true));
        complete("cs-1", task(orderNo, WorkOrderProcess.CALLBACK_TASK), Map.of("satisfaction", 5, "complaint", false));
        for (int i = 0; i < 5; i++) {
            for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(orderNo).unfinished().list()) {
                for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
                    managementService.executeJob(job.getId());
                }
            }
        }

        Map<String, Object> view = view(orderNo);
        assertThat(view.get("status")).isEqualTo("COMPLETED");
        @SuppressWarnings("unchecked")
        Map<String, Object> registration = (Map<String, Object>) view.get("registration");
        assertThat(registration).containsEntry("account", "gz-0099887").containsEntry("engineer", "eng-east-2")
                .containsEntry("filedBy", "ops-mgr");

        // history cleanup (time to live) removes the order's history; the filed form stays
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo).list().stream()
                .map(HistoricProcessInstance::getId).toList().forEach(historyService::deleteHistoricProcessInstance);
        Map<String, Object> archived = view(orderNo);
        assertThat(archived.get("status")).isEqualTo("ARCHIVED");
        assertThat(archived.get("registration").toString()).contains("gz-0099887", "光貓 HG8145V5");
    }

    private Map<String, Object> view(String orderNo) {
        ResponseEntity<Map<String, Object>> view = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .exchange("/api/work-orders/" + orderNo, HttpMethod.GET, null, WorkOrderApiTest.JSON);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        return view.getBody();
    }

    private Task task(String orderNo, String activityId) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(orderNo).taskDefinitionKey(activityId).singleResult();
        assertThat(task).as("open task %s of %s", activityId, orderNo).isNotNull();
        return task;
    }

    private ResponseEntity<String> post(String user, Task task, Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", typed), String.class);
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        ResponseEntity<String> response = post(user, task, variables);
        assertThat(response.getStatusCode()).as("%s completes %s: %s", user, task.getTaskDefinitionKey(), response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }
}
