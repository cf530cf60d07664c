package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A start form refused on the server (an unknown station typed into Tasklist's start form) is the
 * user's mistake: HTTP 400 with the Chinese reason, nothing started, and one INFO line in the log
 * instead of an error with a stack trace.
 */
@OpsFlowSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedInputBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;

    @Test
    void anUnknownStationOnTheStartFormIs400WithItsReasonAndNoStackTrace(CapturedOutput output) {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("repair").count();
        Map<String, Object> vars = new HashMap<>();
        Map.of("customerName", "陳大文", "customerPhone", "13800138000", "address", "東區幸福路 1 號", "station", "north",
                "channel", "PHONE", "description", "無法上網").forEach((k, v) -> vars.put(k, Map.of("value", v)));
        ResponseEntity<String> response = rest.withBasicAuth("cs-1", "cs-1").postForEntity(
                "/engine-rest/process-definition/key/repair/submit-form", Map.of("variables", vars), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("查無此區站");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("repair").count()).isEqualTo(before);
        assertThat(output.getAll()).contains("Refused input (HTTP 400): 查無此區站")
                .doesNotContain("at com.opsflow.workorder.internal.PrepareWorkOrder");
    }
}
