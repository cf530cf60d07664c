package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.AwaitProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A burst of repair orders on MySQL/MariaDB ({@code -Pmysql}, in {@code .ci/run}) with the
 * connection pool only as large as the job executor (4 and 4; the acquisition thread and the
 * order-taking threads compete for the same 4 connections), all contact deadlines falling due at
 * one instant.
 *
 * <p>A thread that asked for a second connection while holding its first would stall the burst
 * once every connection is held that way: the test fails on a stall, on any failed job (pool
 * time-out, deadlock), on any escalation or ledger entry missing or doubled, and on any ledger
 * entry posted before its deadline (MariaDB keeps no milliseconds: the due dates here have .700).
 * It never fails on how fast the burst runs: the only bound is "no progress for a minute".
 */
@Tag("mysql")
@OpsFlowSpringBootTest
@TestPropertySource(properties = {
        // its own engine name: a second "default" engine would take /engine-rest away from the
        // shared test context, and closing it would leave that context with none
        "camunda.bpm.process-engine-name=burst",
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.core-pool-size=" + BurstWithSmallPoolMysqlTest.JOB_THREADS,
        "camunda.bpm.job-execution.max-pool-size=" + BurstWithSmallPoolMysqlTest.JOB_THREADS,
        "spring.datasource.hikari.maximum-pool-size=" + BurstWithSmallPoolMysqlTest.JOB_THREADS,
        "spring.datasource.hikari.minimum-idle=" + BurstWithSmallPoolMysqlTest.JOB_THREADS,
        // a thread waiting for a connection that never comes fails within seconds, not 30 s
        "spring.datasource.hikari.connection-timeout=10000",
        // smaller than the formula of docs/operations.md on purpose: that is what this test proves safe
        "opsflow.connection-pool.check=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // stops this context's job executor
class BurstWithSmallPoolMysqlTest {

    static final int JOB_THREADS = 4;
    static final int ORDERS = Integer.getInteger("opsflow.burst.orders", 200);
    static final int CLIENTS = 4;
    /** A month of its own in the ledger (MySQL TIMESTAMP columns end in 2038); .700: MariaDB would store the deadlines 0.7 s early. */
    static final Instant T0 = Instant.parse("2037-03-12T01:00:00.700Z");
    static final Duration STALL = Duration.ofSeconds(60);

    @Autowired
    WorkOrders workOrders;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    /** This burst's process instances (orders and their response deadlines): counts never see other data. */
    private final Set<String> mine = new java.util.HashSet<>();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aBurstWithThePoolEqualToTheJobThreadsEscalatesEveryOrderOnceAndNothingBeforeItsDeadline_R_WO_1_to_4()
            throws Exception {
        ClockUtil.setCurrentTime(Date.from(T0));
        List<String> roots = createOrders();
        assertThat(roots).hasSize(ORDERS).doesNotHaveDuplicates();
        Set<String> responses = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(WorkOrderProcess.RESPONSE_DEADLINE).startedAfter(Date.from(T0.minusSeconds(1)))
                .list().stream().filter(p -> roots.contains(p.getSuperProcessInstanceId()))
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        assertThat(responses).hasSize(ORDERS);
        mine.addAll(roots);
        mine.addAll(responses);

        // 0.5 s past the deadline written without its milliseconds, before the real one: nothing is due
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(10)).minusMillis(500)));
        Thread.sleep(4_000); // polls of the job executor (max-wait 0.5 s)
        assertThat(entries("R-WO-4", WorkOrderProcess.DEDUCT_LATE_CONTACT)).as("R-WO-4 before the deadline").isZero();

        // every contact deadline passes at once (R-WO-1): −0.5 each (R-WO-4), customer service to notify (R-WO-2)
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(10)).plusMillis(300)));
        awaitProgress("R-WO-4 late contact", () -> entries("R-WO-4", WorkOrderProcess.DEDUCT_LATE_CONTACT), ORDERS);
        awaitProgress("R-WO-2 tasks", () -> taskService.createTaskQuery()
                .taskDefinitionKey(WorkOrderProcess.NOTIFY_OPS_MANAGER)
                .processInstanceIdIn(responses.toArray(String[]::new)).count(), ORDERS);

        // nobody tells the ops manager, nobody calls (R-WO-3): five fines each at the latest minute,
        // contact + notify + fines after dispatch (dispatch + 20 min)
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(20)).minusMillis(500)));
        Thread.sleep(4_000);
        assertThat(entries("R-WO-3", null)).as("R-WO-3 before the latest minute").isZero();
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(20)).plusMillis(300)));
        awaitProgress("R-WO-3 fines", () -> entries("R-WO-3", null), 5L * ORDERS);

        // the engineers finally call (the escalation ends); now the on-site deadline of dispatch + 1 h runs
        completeContacts(responses);
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(1)).minusMillis(500)));
        Thread.sleep(4_000);
        assertThat(entries("R-WO-4", WorkOrderProcess.DEDUCT_LATE_ON_SITE)).as("R-WO-4 on site before the deadline").isZero();

        // an hour after dispatch nobody on site: the on-site timers fire, but R-WO-4 deducts once per
        // order and each was already deducted for the late contact
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(1)).plusMillis(300)));
        awaitProgress("R-WO-4 on-site timers", () -> historyService.createHistoricActivityInstanceQuery()
                .activityId(WorkOrderProcess.DEDUCT_LATE_ON_SITE).finished().list().stream()
                .filter(a -> roots.contains(a.getProcessInstanceId())).count(), ORDERS);

        // exactly once per order: one late contact, five different people fined, one late arrival
        Map<String, Integer> perResponse = countBy("process_instance_id", "R-WO-4", WorkOrderProcess.DEDUCT_LATE_CONTACT);
        assertThat(perResponse.keySet()).isEqualTo(responses);
        assertThat(perResponse.values()).containsOnly(1);
        assertThat(jdbc.queryForList("select count(distinct staff_id) from appraisal_entry where rule_id = 'R-WO-3' "
                + "and " + mineIn() + " group by process_instance_id", Integer.class, mine.toArray()))
                .hasSize(ORDERS).containsOnly(5);
        assertThat(entries("R-WO-4", WorkOrderProcess.DEDUCT_LATE_ON_SITE)).as("R-WO-4 is once per order").isZero();

        assertNothingPostedBeforeItsDeadline(roots, responses);
        assertOneSeparationReviewPerEngineer_R_AP_2_R_AP_7();

        // no job failed: no pool time-out, no deadlock, no optimistic-locking retry, no incident
        List<String> failures = new ArrayList<>();
        for (HistoricJobLog log : historyService.createHistoricJobLogQuery().failureLog().list()) {
            if (roots.contains(log.getProcessInstanceId()) || responses.contains(log.getProcessInstanceId())
                    || "separation-review".equals(log.getProcessDefinitionKey())) {
                failures.add(log.getJobDefinitionType() + " " + log.getActivityId() + ": " + log.getJobExceptionMessage());
            }
        }
        assertThat(failures).as("failed jobs").isEmpty();
        assertThat(runtimeService.createIncidentQuery().list()).filteredOn(i -> roots.contains(i.getProcessInstanceId())
                || responses.contains(i.getProcessInstanceId())).isEmpty();
    }

    /** Orders taken by four clients at once, as the front door would (each on its own thread). */
    private List<String> createOrders() throws Exception {
        // This context's engine is new, on a database that already holds the models: it starts with
        // them parsed (DeployModelsAndForms), as every node does, so four first starts at once never
        // meet a cold deployment cache.
        return ConcurrentRepairOrders.create(workOrders, ORDERS, CLIENTS, "客戶");
    }

    /** Each engineer's contact task completed, four clients at once while the job executor runs. */
    private void completeContacts(Set<String> responses) throws Exception {
        List<String> tasks = taskService.createTaskQuery().taskDefinitionKey(WorkOrderProcess.CONTACT)
                .processInstanceIdIn(responses.toArray(String[]::new)).list().stream().map(t -> t.getId()).toList();
        assertThat(tasks).hasSize(ORDERS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String task : tasks) {
                done.add(clients.submit(() -> taskService.complete(task, Map.of("appointment", Date.from(T0.plus(Duration.ofHours(3)))))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private void assertNothingPostedBeforeItsDeadline(List<String> roots, Set<String> responses) {
        Map<String, Instant> contactDue = new HashMap<>();
        Map<String, Instant> workDue = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .variableNameIn("contactDue", "workDue").processInstanceIdIn(roots.toArray(String[]::new)).list()) {
            (v.getName().equals("contactDue") ? contactDue : workDue).put(v.getProcessInstanceId(),
                    ((Date) v.getValue()).toInstant());
        }
        Map<String, String> rootOf = new HashMap<>();
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(WorkOrderProcess.RESPONSE_DEADLINE)
                .startedAfter(Date.from(T0.minusSeconds(1))).list()
                .forEach(p -> rootOf.put(p.getId(), p.getSuperProcessInstanceId()));
        assertThat(contactDue).hasSize(ORDERS);
        assertThat(workDue).hasSize(ORDERS);

        List<String> early = new ArrayList<>();
        jdbc.query("select process_instance_id, rule_id, activity_id, staff_id, occurred_at from appraisal_entry "
                + "where " + mineIn() + " and rule_id in ('R-WO-3', 'R-WO-4')", rs -> {
                    String instance = rs.getString(1);
                    String activity = rs.getString(3);
                    Instant occurred = rs.getTimestamp(5).toInstant();
                    Instant deadline;
                    if (WorkOrderProcess.DEDUCT_LATE_ON_SITE.equals(activity)) {
                        deadline = workDue.get(instance);
                    } else if ("R-WO-3".equals(rs.getString(2))) {
                        deadline = contactDue.get(rootOf.get(instance)).plus(Duration.ofMinutes(10));
                    } else {
                        deadline = contactDue.get(rootOf.get(instance));
                    }
                    if (deadline == null || occurred.isBefore(deadline)) {
                        early.add(rs.getString(2) + " " + activity + " " + rs.getString(4) + " at " + occurred
                                + ", deadline " + deadline);
                    }
                }, mine.toArray());
        assertThat(early).as("ledger entries before their deadline").isEmpty();
    }

    /** Every engineer has 2 × 0.5 points per order this month: one R-AP-2 crossing and one review each. */
    private void assertOneSeparationReviewPerEngineer_R_AP_2_R_AP_7() {
        List<String> engineers = List.of("eng-east-1", "eng-east-2", "eng-east-3", "eng-west-1", "eng-west-2", "eng-west-3");
        for (String engineer : engineers) {
            assertThat(jdbc.queryForObject("select count(*) from appraisal_crossing where staff_id = ? and threshold_id = "
                    + "'R-AP-2' and period_key = '2037-03'", Integer.class, engineer)).as("R-AP-2 crossings of " + engineer)
                    .isEqualTo(1);
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("separation-review")
                    .processInstanceBusinessKey(engineer + ":R-AP-2:2037-03").count()).as("reviews of " + engineer)
                    .isEqualTo(1);
        }
    }

    private String mineIn() {
        return "process_instance_id in (" + String.join(", ", java.util.Collections.nCopies(mine.size(), "?")) + ")";
    }

    private long entries(String rule, String activity) {
        List<Object> args = new ArrayList<>(List.of(rule));
        if (activity != null) {
            args.add(activity);
        }
        args.addAll(mine);
        return jdbc.queryForObject("select count(*) from appraisal_entry where rule_id = ? "
                + (activity == null ? "" : "and activity_id = ? ") + "and " + mineIn(), Long.class, args.toArray());
    }

    private Map<String, Integer> countBy(String column, String rule, String activity) {
        Map<String, Integer> counts = new HashMap<>();
        List<Object> args = new ArrayList<>(List.of(rule, activity));
        args.addAll(mine);
        jdbc.query("select " + column + ", count(*) from appraisal_entry where rule_id = ? and activity_id = ? "
                + "and " + mineIn() + " group by " + column,
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, args.toArray());
        return counts;
    }

    /** Waits until {@code count} reaches {@code expected}; fails when it stops moving for {@link #STALL}. */
    private static void awaitProgress(String what, LongSupplier count, long expected) throws InterruptedException {
        AwaitProgress.until(what, count, expected, STALL, Duration.ofMillis(250),
                " (a thread waiting for a second connection?)");
    }
}
