package com.opsflow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.staff.process.UnreachableManagerProcess;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * R-AP-5 on the real application, from Tasklist's start form to the ledger: anyone reports, the
 * superior confirms, the fine is an ordinary ledger entry its holder can appeal (R-AP-6); a report
 * of someone not on the phone duty is refused with 400 and leaves nothing behind.
 */
@OpsFlowSpringBootTest
class UnreachableManagerBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AppraisalLedger ledger;

    final ObjectMapper json = new ObjectMapper();

    ResponseEntity<String> report(String reporter, String unreachable, String howTried) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("unreachable", Map.of("value", unreachable));
        vars.put("triedAt", Map.of("value", OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(30).toString()));
        vars.put("howTried", Map.of("value", howTried));
        return rest.withBasicAuth(reporter, reporter).postForEntity(
                "/engine-rest/process-definition/key/" + UnreachableManagerProcess.KEY + "/submit-form",
                Map.of("variables", vars), String.class);
    }

    @Test
    void aConfirmedReportFinesTheGroupLeaderAndTheFineCanBeAppealed_R_AP_5() throws Exception {
        ResponseEntity<String> started = report("cs-2", "leader-1", "撥打 13900000001 三次，關機");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String id = json.readTree(started.getBody()).get("id").asText();

        Task confirm = taskService.createTaskQuery().processInstanceId(id).singleResult();
        assertThat(confirm.getAssignee()).as("leader-1's superior in the demo organisation").isEqualTo("bureau-1");
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("confirmed", Map.of("value", "true"));
        decision.put("confirmComment", Map.of("value", "查證屬實"));
        ResponseEntity<String> done = rest.withBasicAuth("bureau-1", "bureau-1").postForEntity(
                "/engine-rest/task/" + confirm.getId() + "/submit-form", Map.of("variables", decision), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        LedgerEntry fine = ledger.entries("leader-1", null, null).stream()
                .filter(e -> "R-AP-5".equals(e.rule()) && id.equals(e.processInstanceId())).findFirst().orElseThrow();
        assertThat(fine.kind()).isEqualTo(EntryKind.FINE);
        assertThat(fine.amountRmb()).isEqualByComparingTo("100");

        ResponseEntity<String> appeal = rest.withBasicAuth("leader-1", "leader-1").postForEntity(
                "/api/appraisal/entries/" + fine.id() + "/appeals", Map.of("reason", "當晚手機送修，已請同事代接"), String.class);
        assertThat(appeal.getStatusCode()).as(appeal.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anEngineerIsNotOnThePhoneDutyAndCannotBeReported_R_AP_5() {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(UnreachableManagerProcess.KEY)
                .count();
        ResponseEntity<String> refused = report("cs-2", "eng-east-3", "關機");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("不是組長以上人員").doesNotContain("Exception");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(UnreachableManagerProcess.KEY)
                .count()).isEqualTo(before);
    }
}
