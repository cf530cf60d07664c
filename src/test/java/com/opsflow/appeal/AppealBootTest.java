package com.opsflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * R-AP-6: a staff member appeals their own entry; the ops manager decides; an
 * upheld appeal posts the reversal counter-entry with the appeal's reason; every step is audited.
 */
@OpsFlowSpringBootTest
class AppealBootTest {

    private static final AtomicLong KEYS = new AtomicLong(System.currentTimeMillis());

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anUpheldAppealPostsTheReversalWithTheAppealsReasonAndEveryStepIsAudited() throws Exception {
        LedgerEntry entry = postPoints("eng-east-2", "逾時聯系用戶");

        ResponseEntity<String> filed = appeal("eng-east-2", entry.id(), "客戶電話停機，已留言並通知客服");
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String appealId = json.readTree(filed.getBody()).get("appealId").asText();

        Task decide = taskService.createTaskQuery().processInstanceId(appealId).singleResult();
        assertThat(decide.getTaskDefinitionKey()).isEqualTo(AppealProcess.TASK_DECIDE);
        assertThat(decide.getAssignee()).as("the department's ops manager decides").isEqualTo("ops-mgr");
        assertThat(decide.getName()).isEqualTo("審理申訴");
        assertThat(taskService.getVariable(decide.getId(), AppealProcess.APPELLANT_NAME)).isEqualTo("李大偉");
        assertThat((String) taskService.getVariable(decide.getId(), AppealProcess.ENTRY_SUMMARY))
                .contains("#" + entry.id(), "R-WO-1", "扣 0.5 分", "逾時聯系用戶");

        assertThat(complete("ops-mgr", decide.getId(), Map.of("upheld", "true", "decisionComment", "查證屬實")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        LedgerEntry reversal = ledger.entries("eng-east-2", null, null).stream()
                .filter(e -> e.reversalOf() != null && e.reversalOf() == entry.id()).findFirst().orElseThrow();
        assertThat(reversal.reason()).isEqualTo("申訴成立：客戶電話停機，已留言並通知客服");
        assertThat(reversal.postedBy()).isEqualTo("ops-mgr");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(appealId).singleResult()
                .getEndActivityId()).isEqualTo(AppealProcess.END_UPHELD);

        JsonNode audit = json.readTree(rest.withBasicAuth("eng-east-2", "eng-east-2")
                .getForEntity("/api/appeals/" + appealId + "/audit", String.class).getBody());
        assertThat(audit.findValuesAsText("step")).containsExactly("FILED", "DECIDED", "REVERSED");
        assertThat(audit.findValuesAsText("actor")).containsExactly("eng-east-2", "ops-mgr", "ops-mgr");
        assertThat(audit.get(1).get("note").asText()).isEqualTo("成立：查證屬實");
        assertThat(audit.get(2).get("note").asText()).isEqualTo("沖銷帳目 #" + reversal.id());

        // reversed now: a second appeal of the same entry is refused
        assertThat(appeal("eng-east-2", entry.id(), "再申訴").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aDismissalNeedsACommentAndPostsNothing() throws Exception {
        LedgerEntry entry = postPoints("eng-west-2", "上門未穿工服");
        String appealId = json.readTree(appeal("eng-west-2", entry.id(), "當天工服送洗").getBody()).get("appealId").asText();
        Task decide = taskService.createTaskQuery().processInstanceId(appealId).singleResult();

        ResponseEntity<String> refused = complete("ops-mgr", decide.getId(), Map.of("upheld", "false"));
        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat(refused.getBody()).contains("審理申訴須填寫意見");
        assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isEqualTo(1);

        assertThat(complete("ops-mgr", decide.getId(), Map.of("upheld", "false", "decisionComment", "應備用工服"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ledger.entries("eng-west-2", null, null)).noneMatch(e -> e.reversalOf() != null && e.reversalOf() == entry.id());
        JsonNode audit = json.readTree(rest.withBasicAuth("ops-mgr", "ops-mgr")
                .getForEntity("/api/appeals/" + appealId + "/audit", String.class).getBody());
        assertThat(audit.findValuesAsText("step")).containsExactly("FILED", "DECIDED");
    }

    @Test
    void onlyOnesOwnEntryWithAReasonAndOneOpenAppealAtATime() {
        LedgerEntry entry = postPoints("eng-west-3", "回訪不滿意");

        assertThat(appeal("eng-west-1", entry.id(), "不是我的").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(appeal("eng-west-3", 999_999_999L, "查無").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(appeal("eng-west-3", entry.id(), " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.postForEntity("/api/appraisal/entries/" + entry.id() + "/appeals", Map.of("reason", "x"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(appeal("eng-west-3", entry.id(), "客戶誤評").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> twice = appeal("eng-west-3", entry.id(), "再說一次");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody()).contains("已有申訴審理中");
    }

    @Test
    void theTasklistStartFormFilesTheSameAppeal() throws Exception {
        LedgerEntry entry = postPoints("cs-2", "派單逾時");
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("entryId", Map.of("value", entry.id(), "type", "Long"));
        vars.put("appealReason", Map.of("value", "系統當機", "type", "String"));
        ResponseEntity<String> started = rest.withBasicAuth("cs-2", "cs-2").postForEntity(
                "/engine-rest/process-definition/key/appeal/submit-form", Map.of("variables", vars), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String id = json.readTree(started.getBody()).get("id").asText();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey())
                .isEqualTo(AppealProcess.businessKey(entry.id()));

        // someone else's entry from the start form: the start is refused, nothing waits
        LedgerEntry other = postPoints("cs-1", "派單逾時");
        vars.put("entryId", Map.of("value", other.id(), "type", "Long"));
        ResponseEntity<String> refused = rest.withBasicAuth("cs-2", "cs-2").postForEntity(
                "/engine-rest/process-definition/key/appeal/submit-form", Map.of("variables", vars), String.class);
        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat(refused.getBody()).contains("只能對自己的帳目提出申訴");
        assertThat(List.of(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("appeal")
                .processInstanceBusinessKey(AppealProcess.businessKey(other.id())).count())).containsExactly(0L);
    }

    private LedgerEntry postPoints(String staff, String reason) {
        Instant at = LocalDate.of(2031, 5, 10).atStartOfDay().toInstant(ZoneOffset.UTC);
        return appraisal.post(Breach.points(staff, new BigDecimal("0.5"), "R-WO-1", reason, Source.manual(), at, "system",
                "appeal-test-" + KEYS.incrementAndGet()));
    }

    private ResponseEntity<String> appeal(String user, long entryId, String reason) {
        return rest.withBasicAuth(user, user).postForEntity("/api/appraisal/entries/" + entryId + "/appeals",
                Map.of("reason", reason), String.class);
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((name, value) -> vars.put(name, Map.of("value", value)));
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", vars), String.class);
    }
}
