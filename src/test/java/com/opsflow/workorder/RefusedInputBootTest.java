package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.DueJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
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
 * instead of an error with a stack trace. A task form refused by a listener likewise: the body's
 * message is the reason itself (Tasklist shows it to the person), not the engine's wrapping.
 */
@OpsFlowSpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedInputBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkOrders workOrders;

    @Test
    void anUnknownStationOnTheStartFormIs400WithItsReasonAndNoStackTrace(CapturedOutput output) {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("repair").count();
        Map<String, Object> vars = new HashMap<>();
        Map.of("customerName", "陳大文", "customerPhone", "13800138000", "address", "東區幸福路 1 號", "station", "north",
                "channel", "PHONE", "description", "無法上網").forEach((k, v) -> vars.put(k, Map.of("value", v)));
        ResponseEntity<String> response = rest.withBasicAuth("cs-1", "cs-1").postForEntity(
                "/engine-rest/process-definition/key/repair/submit-form", Map.of("variables", vars), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("查無此區站").doesNotContain("ENGINE-");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("repair").count()).isEqualTo(before);
        assertThat(output.getAll()).contains("Refused input (HTTP 400): 查無此區站")
                .doesNotContain("at com.opsflow.workorder.internal.PrepareWorkOrder");
    }

    @Test
    void aTaskFormRefusedByAListenerIs400WithOnlyItsReason_R_AP_5() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofMinutes(12))));
        String orderNo;
        try {
            orderNo = workOrders.create(new NewWorkOrder("REPAIR", "陳大文", "13800138000", "東區中山路 9 號", "east",
                    "PHONE", "寬頻斷線", "eng-east-2", null, null), "cs-1").orderNo();
            DueJobs.runUntil(engine, orderNo, Instant.now()); // R-WO-1 missed: customer service tells the ops manager
        } finally {
            ClockUtil.reset();
        }
        Task notify = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(orderNo)
                .taskDefinitionKey(WorkOrderProcess.NOTIFY_OPS_MANAGER).singleResult();
        assertThat(notify).as("the R-WO-2 step is open").isNotNull();
        Map<String, Object> vars = new HashMap<>();
        Map.of("opsManagerNotified", true, "opsManagerUnreachable", true,
                "opsManagerTriedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).withNano(0).toString(),
                "opsManagerHowTried", "撥打兩次").forEach((k, v) -> vars.put(k, Map.of("value", v)));
        try {
            engine.getTaskService().claim(notify.getId(), "cs-1");
            ResponseEntity<String> response = rest.withBasicAuth("cs-1", "cs-1").postForEntity(
                    "/engine-rest/task/" + notify.getId() + "/submit-form", Map.of("variables", vars), String.class);

            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(new ObjectMapper().readTree(response.getBody()).get("message").asText())
                    .isEqualTo("撥打時間不可晚於現在 / the time tried is in the future");
            assertThat(engine.getTaskService().createTaskQuery().taskId(notify.getId()).count())
                    .as("the task stays open").isEqualTo(1);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(notify.getProcessInstanceId(), "test done");
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNo).list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test done"));
        }
    }
}
