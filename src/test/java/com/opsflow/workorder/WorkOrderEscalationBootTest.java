package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole escalation on the real engine (Liquibase schema, real delegates, appraisal ledger,
 * Spring Mail to GreenMail): an order taken through REST by cs-1, the engine clock moved and the
 * due jobs executed as the job executor would (it is off in tests).
 */
@OpsFlowSpringBootTest
class WorkOrderEscalationBootTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void missedContactRunsTheChainToFiveFinesPostedExactlyOnce_R_WO_1_to_4() throws Exception {
        // dispatched at .700 of a second, as most real dispatches are: the due dates are rounded up, and a check at
        // exactly "5 minutes later" below falls before the rounded fine (t0 at .000, 1 run in 1,000, has no rest to round)
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(700);
        ClockUtil.setCurrentTime(Date.from(t0));
        Map<String, Object> body = WorkOrderApiTest.repair();
        body.put("engineer", "eng-east-1");
        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth("cs-1", "cs-1")
                .exchange("/api/work-orders", HttpMethod.POST, new HttpEntity<>(body), WorkOrderApiTest.JSON);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String orderNo = (String) created.getBody().get("orderNo");
        String root = (String) created.getBody().get("processInstanceId");
        assertThat(awaitRecipients("eng-east-1@opsflow.local")).contains("eng-east-1@opsflow.local");

        // 9 minutes: nothing is due yet
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(9))));
        assertThat(executeDueJobs(root)).isZero();

        // 10 minutes (R-WO-1 missed): −0.5 to the engineer (R-WO-4), customer service must notify the ops manager
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(10)).plusSeconds(1)));
        assertThat(executeDueJobs(root)).isEqualTo(1);
        ProcessInstance response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).singleResult();
        assertThat(ledger(response.getId(), "R-WO-4")).extracting(LedgerEntry::staff).containsExactly("eng-east-1");
        // the deduction committed with the timer, on its own; the notice and the task are the next job
        assertThat(taskService.createTaskQuery().processInstanceId(response.getId())
                .taskDefinitionKey(WorkOrderProcess.NOTIFY_OPS_MANAGER).count()).isZero();
        assertThat(executeDueJobs(root)).isEqualTo(1);
        Task notify = taskService.createTaskQuery().processInstanceId(response.getId())
                .taskDefinitionKey(WorkOrderProcess.NOTIFY_OPS_MANAGER).singleResult();
        // Tasklist's list shows the order on every work-order task, without opening it
        assertThat(notify.getName()).startsWith("通知運營部經理").contains("｜" + orderNo + " " + body.get("customerName"));
        assertThat(taskService.getIdentityLinksForTask(notify.getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("customer-service"));
        // as the staff do it in Tasklist: through the engine REST API, under their own authorizations
        completeAs("cs-1", notify.getId(), Map.of("opsManagerNotified", true));
        Task notice = taskService.createTaskQuery().processInstanceId(response.getId())
                .taskDefinitionKey(WorkOrderProcess.NOTIFY_STATION).singleResult();
        assertThat(notice.getAssignee()).isEqualTo("ops-mgr");
        assertThat(rest.withBasicAuth("eng-east-2", "eng-east-2").postForEntity("/engine-rest/task/" + notice.getId()
                + "/complete", Map.of("variables", Map.of()), String.class).getStatusCode().is2xxSuccessful()).isFalse();
        completeAs("ops-mgr", notice.getId(), Map.of("stationNotified", true));
        assertThat(awaitRecipients("cs-1@opsflow.local", "ops-mgr@opsflow.local", "mgr-east@opsflow.local",
                "head-east@opsflow.local")).contains("cs-1@opsflow.local", "ops-mgr@opsflow.local", "mgr-east@opsflow.local",
                "head-east@opsflow.local");

        // 5 minutes after the station was told (R-WO-3): 200 RMB once each to the five people
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(15)).plusSeconds(1)));
        assertThat(executeDueJobs(root)).isZero(); // due dates are rounded up to the whole second, never early
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(15)).plusSeconds(2)));
        assertThat(executeDueJobs(root)).isEqualTo(1);
        List<LedgerEntry> fines = ledger(response.getId(), "R-WO-3");
        assertThat(fines).extracting(LedgerEntry::staff)
                .containsExactlyInAnyOrder("eng-east-1", "head-east", "mgr-east", "cs-1", "ops-mgr");
        assertThat(fines).allSatisfy(f -> {
            assertThat(f.amountRmb()).isEqualByComparingTo("200");
            assertThat(f.businessKey()).isEqualTo(orderNo);
        });

        // a retry of the same posting (same idempotency key) adds nothing
        LedgerEntry first = fines.get(0);
        LedgerEntry again = appraisal.post(Breach.fine(first.staff(), new BigDecimal("200"), "R-WO-3", "retry",
                new Source("response-deadline", first.processInstanceId(), orderNo, first.activityId()), Instant.now(),
                "system", first.idempotencyKey()));
        assertThat(again.id()).isEqualTo(first.id());
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofHours(1)).minusSeconds(1)));
        assertThat(executeDueJobs(root)).isZero();
        assertThat(ledger(response.getId(), "R-WO-3")).hasSize(5);

        // contact made: the chain ends, the order goes on
        Task contact = taskService.createTaskQuery().processInstanceId(response.getId())
                .taskDefinitionKey(WorkOrderProcess.CONTACT).singleResult();
        assertThat(contact.getAssignee()).isEqualTo("eng-east-1");
        // the agreed visit time is required, checked on the server: 400 with the reason, the task stays open
        ResponseEntity<String> refused = rest.withBasicAuth("eng-east-1", "eng-east-1").postForEntity(
                "/engine-rest/task/" + contact.getId() + "/complete", Map.of("variables", Map.of()), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("請填寫與用戶約定的上門時間");
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).isEqualTo(1);
        completeAs("eng-east-1", contact.getId(), Map.of("appointment",
                java.time.OffsetDateTime.ofInstant(t0.plus(Duration.ofHours(3)), java.time.ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(response.getId()).count()).isZero();

        ResponseEntity<Map<String, Object>> view = rest.withBasicAuth("eng-east-1", "eng-east-1") // their own order
                .exchange("/api/work-orders/" + orderNo, HttpMethod.GET, null, WorkOrderApiTest.JSON);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deadlines = (List<Map<String, Object>>) view.getBody().get("deadlines");
        assertThat(deadlines).anySatisfy(d -> {
            assertThat(d.get("rule")).isEqualTo("R-WO-1");
            assertThat(d.get("state")).isEqualTo("MISSED");
        });
        assertThat(deadlines).anySatisfy(d -> {
            assertThat(d.get("rule")).isEqualTo("R-WO-4");
            assertThat(d.get("state")).isEqualTo("PENDING");
        });
        assertThat(view.getBody().get("history").toString()).contains(WorkOrderProcess.CONTACT_OVERDUE)
                .contains(WorkOrderProcess.FINE_FIVE);
        assertThat(view.getBody().get("openTasks").toString()).contains(WorkOrderProcess.ARRIVE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> deductions = (List<Map<String, Object>>) view.getBody().get("deductions");
        assertThat(deductions).extracting(d -> d.get("rule")).containsExactlyInAnyOrder("R-WO-4", "R-WO-3", "R-WO-3",
                "R-WO-3", "R-WO-3", "R-WO-3");
    }

    private void completeAs(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> typed = new java.util.HashMap<>();
        variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
        ResponseEntity<String> response = rest.withBasicAuth(user, user)
                .postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed), String.class);
        assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskId, response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** What the job executor does at the current engine time, for this order's instances only. */
    private int executeDueJobs(String root) {
        int executed = 0;
        List<String> instances = new ArrayList<>(List.of(root));
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).list().forEach(p -> instances.add(p.getId()));
        for (String id : instances) {
            for (Job job : managementService.createJobQuery().processInstanceId(id).executable().list()) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    /** The ledger entries of one process instance under one rule, through the appraisal API. */
    private List<LedgerEntry> ledger(String processInstanceId, String rule) {
        return ledger.entries(null, null, processInstanceId).stream().filter(e -> e.rule().equals(rule)).toList();
    }

    /** Mails leave from a sender thread after commit: wait (at most 10 s) until these have arrived. */
    private List<String> awaitRecipients(String... expected) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> to = recipients();
        while (!to.containsAll(List.of(expected)) && System.nanoTime() < end) {
            mail.waitForIncomingEmail(200, to.size() + 1);
            to = recipients();
        }
        return to;
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            Arrays.stream(m.getRecipients(Message.RecipientType.TO)).forEach(a -> to.add(a.toString()));
        }
        return to;
    }
}
