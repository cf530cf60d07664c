package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.WebSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * A start form refused on the server is the user's mistake, whichever way it was sent: through
 * {@code /engine-rest} or through Tasklist's {@code /camunda/api/engine}, refused by a listener
 * ({@code TaskInputRefused}) or by a module's service inside a delegate ({@code BadRequestException}):
 * HTTP 400 with the Chinese reason in Camunda's {@code message}, never a 500, nothing started.
 */
@OpsFlowSpringBootTest
class StartFormRefusalBootTest {

    private static final String TASKLIST = "/camunda/api/engine/engine/default/process-definition/key/";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;
    @Autowired
    ObjectMapper json;

    private static Map<String, Object> variables(Map<String, String> values) {
        Map<String, Object> vars = new LinkedHashMap<>();
        values.forEach((k, v) -> vars.put(k, Map.of("value", v, "type", "String")));
        return Map.of("variables", vars);
    }

    private static final Map<String, String> UNKNOWN_STATION = Map.of("customerName", "陳大文", "customerPhone", "13800138000",
            "address", "東區幸福路 1 號", "station", "north", "channel", "PHONE", "description", "無法上網");

    private static final Map<String, String> UNKNOWN_LEADER = Map.of("borrowingUnit", "省局信息中心", "unitLeader", "nobody-here",
            "startDate", "2026-12-14", "endDate", "2026-12-18", "work", "機房搬遷", "handoverTo", "eng-east-3",
            "contact", "13800000000");

    private long started(String key) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
    }

    @Test
    void aStartRefusedByAModulesServiceIs400NotTheEngines500() {
        long before = started("secondment");
        ResponseEntity<String> refused = rest.withBasicAuth("eng-east-1", "eng-east-1").postForEntity(
                "/engine-rest/process-definition/key/secondment/start", variables(UNKNOWN_LEADER), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("查無此人員").doesNotContain("at com.opsflow");
        assertThat(started("secondment")).isEqualTo(before);
    }

    @Test
    void tasklistsStartFormRefusedOnTheServerIs400WithTheReason() throws Exception {
        WebSession tasklist = new WebSession(port);
        tasklist.signIn("cs-1", "cs-1");
        assertThat(tasklist.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        String token = tasklist.cookie("XSRF-TOKEN");
        long repairs = started("repair");
        long secondments = started("secondment");

        HttpResponse<String> station = tasklist.postJson(TASKLIST + "repair/submit-form",
                json.writeValueAsString(variables(UNKNOWN_STATION)), "X-XSRF-TOKEN", token);
        assertThat(station.statusCode()).isEqualTo(400);
        assertThat(json.readTree(station.body()).path("message").asText()).contains("查無此區站");

        HttpResponse<String> leader = tasklist.postJson(TASKLIST + "secondment/submit-form",
                json.writeValueAsString(variables(UNKNOWN_LEADER)), "X-XSRF-TOKEN", token);
        assertThat(leader.statusCode()).isEqualTo(400);
        assertThat(json.readTree(leader.body()).path("message").asText()).contains("查無此人員");

        HttpResponse<String> empty = tasklist.postJson(TASKLIST + "secondment/submit-form", "{\"variables\":{}}",
                "X-XSRF-TOKEN", token);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).path("message").asText()).startsWith("請填寫：");

        assertThat(started("repair")).isEqualTo(repairs);
        assertThat(started("secondment")).isEqualTo(secondments);
    }
}
