package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.NewWorkOrder;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The front door on the running application: with every write permit taken (as a burst would
 * take them), a new work order over HTTP is refused at once with a Chinese 503 and Retry-After and
 * leaves nothing behind; reads still work; once permits are free the same order is taken.
 */
@OpsFlowSpringBootTest
class FrontDoorGuardBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FrontDoorGuard guard;
    @Autowired
    HistoryService historyService;
    @Autowired
    ObjectMapper json;

    @Test
    void aFullFrontDoorAnswers503InChineseAndWritesNothing() throws Exception {
        // the shipped sizing (application.yaml): 4 run, 4 wait, of 20 web threads
        assertThat(guard.permits()).isEqualTo(4);
        assertThat(guard.maxQueued()).isEqualTo(4);
        NewWorkOrder order = new NewWorkOrder("REPAIR", "前門測試用戶", "13800138000", "東區前門路1號", "east", "PHONE",
                "無法上網", "eng-east-1", null, null);
        long instances = historyService.createHistoricProcessInstanceQuery().count();

        int taken = guard.occupyAll();
        ResponseEntity<String> refused;
        ResponseEntity<String> read;
        try {
            refused = post(order);
            read = rest.withBasicAuth("cs-1", "cs-1").getForEntity("/api/work-orders/WO-NOT-THERE", String.class);
        } finally {
            guard.release(taken);
        }

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(refused.getHeaders().getContentType()).isNotNull()
                .satisfies(t -> assertThat(t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode body = json.readTree(refused.getBody());
        assertThat(body.get("title").asText()).startsWith("系統忙碌中");
        assertThat(body.get("detail").asText()).startsWith("目前同時送出的請求過多，這筆尚未處理");
        assertThat(body.get("instance").asText()).isEqualTo("/api/work-orders");
        // nothing of the refused order was written
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        // reads are not held back by a full front door
        assertThat(read.getStatusCode().value()).isEqualTo(404);

        // permits back: the same order is taken, and the request gives its permit back
        ResponseEntity<String> taken2 = post(order);
        assertThat(taken2.getStatusCode().value()).isEqualTo(201);
        assertThat(guard.available()).isEqualTo(guard.permits());
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isGreaterThan(instances);
    }

    private ResponseEntity<String> post(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("cs-1", "cs-1").exchange("/api/work-orders", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
