package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.opsflow.platform.AwaitProgress;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14, points 1–3 and the tested restore of point 7: real OpsFlow nodes, each its own JVM
 * process ({@link OpsFlowNode}), sharing the MariaDB database of {@code OPSFLOW_DB_URL} through a
 * TCP proxy ({@link TcpProxy}) that the outage test cuts. Tag {@code cluster}: run by
 * {@code ./mvnw verify -Pcluster} (.ci/run step 4, its own fresh database {@code opsflow_ci_cluster};
 * the restore target {@code OPSFLOW_RESTORE_DB}, default {@code <database>_restore}, must be
 * writable by the same user). docs/operations.md describes what each test proves.
 *
 * <p>Deadlines on the nodes are short (contact PT1M, notify PT30S, fines PT30S) so that a
 * test runs in minutes; mails go to a GreenMail server in this JVM. Orders fall due together the
 * way a department's do after an outage: their timers are suspended while they are taken (the
 * engine's job-definition suspension, as Cockpit offers it) and activated together once every
 * contact deadline has passed. Counts are taken on this test's own orders only.
 *
 * <p>Sizes: {@code -Dopsflow.cluster.orders} (2,000 by default, issue 14) for the two-node burst,
 * {@code -Dopsflow.cluster.kill-orders} (300) for the killed node. The tests never fail on speed
 * except where the issue asks for a bound (timers held by a killed node: lock time + acquisition
 * wait, plus the allowance {@link #EXECUTION_ALLOWANCE}); progress must not stall for
 * {@link #STALL}.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    static final int ORDERS = Integer.getInteger("opsflow.cluster.orders", 2_000);
    static final int KILL_ORDERS = Integer.getInteger("opsflow.cluster.kill-orders", 300);
    static final Duration CONTACT = Duration.ofMinutes(1);
    static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("opsflow.cluster.outage-seconds", 60));
    /** The shipped job-executor settings (application.yaml), which the killed-node bound is about. */
    static final Duration LOCK_TIME = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMillis(500);
    /** Running the job after it was acquired, and whole seconds in MariaDB's DATETIME columns. */
    static final Duration EXECUTION_ALLOWANCE = Duration.ofSeconds(5);
    static final Duration STALL = Duration.ofSeconds(150);
    static final int CLIENTS_PER_NODE = 3;

    static final String NOTIFY_OPS_MANAGER = "UserTask_NotifyOpsManager";
    static final String OVERDUE_SUBJECT = "【逾時】工單 %s 工程師未聯系用戶，請通知運營部經理";

    private DeadlineBurst deadlines;
    private ClusterDatabase db;
    private TcpProxy proxy;
    private GreenMail mail;
    private OpsFlowNode nodeA;
    private OpsFlowNode nodeB;
    private final Map<String, String> nodeProperties = new LinkedHashMap<>();
    private final List<String> report = new ArrayList<>();
    /** Every order acknowledged in this class: order number → process instance. */
    private final Map<String, String> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    void startTwoNodes() throws Exception {
        db = ClusterDatabase.fromEnvironment();
        deadlines = new DeadlineBurst(db, CLIENTS_PER_NODE);
        proxy = new TcpProxy(db.host, db.port);
        mail = new GreenMail(new ServerSetup(OpsFlowNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        nodeProperties.put("spring.profiles.active", "mysql,demo");
        nodeProperties.put("spring.datasource.url", db.urlThroughPort(proxy.port()));
        nodeProperties.put("spring.datasource.username", db.user);
        nodeProperties.put("spring.datasource.password", db.password);
        // small nodes: MariaDB's 151 connections are shared with the other builds of this machine
        nodeProperties.put("camunda.bpm.job-execution.core-pool-size", "4");
        nodeProperties.put("camunda.bpm.job-execution.max-pool-size", "4");
        nodeProperties.put("server.tomcat.threads.max", "10");
        nodeProperties.put("spring.datasource.hikari.maximum-pool-size", "17"); // 4 + 1 + 10 + 2 (docs/operations.md)
        nodeProperties.put("opsflow.deadlines.contact", CONTACT.toString());
        nodeProperties.put("opsflow.deadlines.notify-ops-manager", "PT30S");
        nodeProperties.put("opsflow.deadlines.fines", "PT30S");
        nodeProperties.put("opsflow.mail.enabled", "true");
        nodeProperties.put("spring.mail.host", "127.0.0.1");
        nodeProperties.put("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        // one after the other: the first creates the schema and the demo organisation
        nodeA = new OpsFlowNode("node-a", nodeProperties).start();
        nodeB = new OpsFlowNode("node-b", nodeProperties).start();
        report.add("# Cluster test report (" + Instant.now() + ")");
        report.add("");
        report.add("nodes: " + nodeA + ", " + nodeB + "; database " + db.name + " through proxy port " + proxy.port());
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (OpsFlowNode node : new OpsFlowNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (mail != null) {
            mail.stop();
        }
        Files.createDirectories(OpsFlowNode.LOGS);
        Files.write(OpsFlowNode.LOGS.resolve("report.md"), report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    // ---------------------------------------------------------------- 1. two nodes, one database

    @Test
    @Order(1)
    void twoNodesEscalateEveryOrderOnceWhenAllContactDeadlinesFallDueTogether_R_WO_1_to_4() throws Exception {
        Map<String, String> mine = burst("two nodes", ORDERS, List.of(nodeA, nodeB));

        Map<String, Long> perNode = deadlines.jobsPerNode(deadlines.responsesOf(mine.values()), null);
        report.add("two nodes, " + ORDERS + " orders: jobs done per node " + perNode);
        assertThat(perNode.keySet()).as("both job executors worked").contains("node-a", "node-b");
        assertThat(perNode.get("node-a")).isPositive();
        assertThat(perNode.get("node-b")).isPositive();
        assertNoIncidents(mine.values());
    }

    // ---------------------------------------------------------------- 2. a killed node

    @Test
    @Order(2)
    void aKilledNodesTimersFireOnTheOtherNodeWithinLockTimePlusAcquisitionWait_R_WO_1_to_4() throws Exception {
        suspendDeadlines(true);
        Map<String, String> mine = deadlines.create(KILL_ORDERS, List.of(nodeA, nodeB));
        acknowledged.putAll(mine);
        Set<String> responses = deadlines.responsesOf(mine.values());
        awaitAllContactDeadlinesPassed();
        suspendDeadlines(false);

        // kill -9 node-a while it holds jobs
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (db.count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ = 'node-a'") == 0) {
            if (System.nanoTime() > until) {
                fail("node-a never locked a job of the burst");
            }
            Thread.sleep(20);
        }
        int exit = nodeA.kill();
        Instant killedAt = Instant.now();
        assertThat(exit).as("exit status of kill -9").isEqualTo(137);
        Map<String, Instant> heldByA = new HashMap<>();
        db.jdbc.query("select ID_, LOCK_EXP_TIME_ from ACT_RU_JOB where LOCK_OWNER_ = 'node-a'",
                rs -> {
                    heldByA.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        assertThat(heldByA).as("jobs node-a held when it was killed").isNotEmpty();
        report.add("killed node: node-a killed at " + killedAt + " holding " + heldByA.size() + " jobs");

        // node-b finishes everything: 0 orders lost, 0 entries duplicated
        awaitEscalated(mine, responses);

        // every job node-a held ran on node-b within lock time + acquisition wait (+ allowance)
        List<String> late = new ArrayList<>();
        Map<String, Object[]> ran = new HashMap<>();
        db.rowsIn("select JOB_ID_, TIMESTAMP_, HOSTNAME_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and JOB_ID_ in (%s)",
                heldByA.keySet()).forEach(row -> ran.put((String) row.get("JOB_ID_"),
                        new Object[] {row.get("TIMESTAMP_"), row.get("HOSTNAME_")}));
        Duration worst = Duration.ZERO;
        for (Map.Entry<String, Instant> held : heldByA.entrySet()) {
            Object[] run = ran.get(held.getKey());
            if (run == null) {
                late.add(held.getKey() + " never ran");
                continue;
            }
            Instant at = DeadlineBurst.toInstant(run[0]);
            Duration after = Duration.between(held.getValue(), at);
            worst = after.compareTo(worst) > 0 ? after : worst;
            if (at.isAfter(held.getValue().plus(MAX_WAIT).plus(EXECUTION_ALLOWANCE))) {
                late.add(held.getKey() + " ran at " + at + " on " + run[1] + ", lock expired " + held.getValue());
            }
            if (!"node-b".equals(run[1])) {
                late.add(held.getKey() + " ran on " + run[1] + ", not node-b");
            }
        }
        report.add("killed node: the held jobs ran on node-b at most " + worst.toMillis() + " ms after their lock expired"
                + " (bound: max-wait " + MAX_WAIT.toMillis() + " ms + allowance " + EXECUTION_ALLOWANCE.toMillis() + " ms)");
        assertThat(late).as("jobs held by the killed node, run late or elsewhere").isEmpty();
        assertNoIncidents(mine.values());

        // the restarted node joins again and works its share
        Instant restarted = Instant.now();
        nodeA = new OpsFlowNode("node-a", nodeProperties).start();
        Map<String, String> after = burst("after restart", 150, List.of(nodeA, nodeB));
        Map<String, Long> perNode = deadlines.jobsPerNode(deadlines.responsesOf(after.values()), restarted);
        report.add("killed node: after node-a's restart, jobs per node " + perNode);
        assertThat(perNode.getOrDefault("node-a", 0L)).as("the restarted node works").isPositive();
        assertNoIncidents(after.values());
    }

    // ---------------------------------------------------------------- 3. database outage

    @Test
    @Order(3)
    void aDatabaseOutageOf60SecondsLosesNoAcknowledgedOrderAndLeavesNoIncident() throws Exception {
        Instant testStart = Instant.now().minusSeconds(1);
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<DeadlineBurst.Created> created = new ConcurrentLinkedQueue<>();
        AtomicInteger databaseRefusals = new AtomicInteger();
        AtomicInteger busyRefusals = new AtomicInteger();
        AtomicInteger seq = new AtomicInteger();
        List<OpsFlowNode> nodes = List.of(nodeA, nodeB);
        ExecutorService clients = Executors.newFixedThreadPool(2 * nodes.size());
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < 2 * nodes.size(); c++) {
            OpsFlowNode node = nodes.get(c % nodes.size());
            work.add(clients.submit(() -> {
                while (running.get()) {
                    int i = seq.getAndIncrement();
                    try {
                        HttpResponse<String> response = node.post("/api/work-orders", "cs-1", DeadlineBurst.order(i, "停電"));
                        if (response.statusCode() == 201) {
                            created.add(deadlines.created(response, node));
                        } else if (response.statusCode() == 503 && response.body().contains("這筆尚未處理")) {
                            (response.body().contains("資料庫暫時無法連線") ? databaseRefusals : busyRefusals)
                                    .incrementAndGet();
                            Thread.sleep(500);
                        } else {
                            problems.add(node.id + " " + response.statusCode() + " " + response.body());
                        }
                    } catch (IOException e) {
                        problems.add(node.id + " " + e);
                    }
                }
                return null;
            }));
        }

        Thread.sleep(15_000);
        int beforeCut = created.size();
        proxy.cut();
        Instant cutAt = Instant.now();
        report.add("outage: database cut at " + cutAt + " for " + OUTAGE.toSeconds() + " s (" + beforeCut
                + " orders acknowledged before)");
        // the health endpoint reports the database down (503, DOWN), readable without a password
        boolean sawDown = false;
        while (Duration.between(cutAt, Instant.now()).compareTo(OUTAGE) < 0) {
            HttpResponse<String> health = nodeA.get("/actuator/health", null);
            if (health.statusCode() == 503 && health.body().contains("DOWN")) {
                sawDown = true;
            }
            Thread.sleep(2_000);
        }
        int duringCut = created.size();
        proxy.restore();
        Instant restoredAt = Instant.now();
        boolean sawUp = false;
        while (Duration.between(restoredAt, Instant.now()).toSeconds() < 90 && !sawUp) {
            HttpResponse<String> health = nodeA.get("/actuator/health", null);
            sawUp = health.statusCode() == 200 && health.body().contains("UP");
            if (!sawUp) {
                Thread.sleep(1_000);
            }
        }
        Duration backUp = Duration.between(restoredAt, Instant.now());
        Thread.sleep(20_000);
        running.set(false);
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();
        int afterRestore = created.size() - duringCut;
        report.add("outage: " + created.size() + " orders acknowledged (" + afterRestore + " after the restore), "
                + databaseRefusals + " answered 503 database unavailable, " + busyRefusals + " 503 busy; health UP again "
                + backUp.toSeconds() + " s after the restore");

        assertThat(problems).as("answers other than 201 and a Chinese 503").isEmpty();
        assertThat(databaseRefusals.get()).as("requests during the outage answered 503 資料庫暫時無法連線").isPositive();
        assertThat(sawDown).as("/actuator/health DOWN (503) during the outage").isTrue();
        assertThat(sawUp).as("/actuator/health UP after the restore").isTrue();
        assertThat(beforeCut).isPositive();
        assertThat(afterRestore).as("orders taken after the restore").isPositive();

        // nothing acknowledged was lost: each order is stored and escalates exactly once
        Map<String, String> mine = new HashMap<>();
        created.forEach(c -> mine.put(c.orderNo(), c.processInstanceId()));
        assertThat(mine).hasSize(created.size());
        acknowledged.putAll(mine);
        assertThat(db.countIn("select count(*) from ACT_HI_PROCINST where ID_ in (%s)", mine.values()))
                .as("acknowledged orders stored").isEqualTo(mine.size());
        Set<String> responses = deadlines.responsesOf(mine.values());
        awaitEscalated(mine, responses);

        // jobs resumed without an incident: the retry cycle outlasts the outage
        assertNoIncidents(mine.values());
        assertThat(db.count("select count(*) from ACT_HI_INCIDENT where CREATE_TIME_ >= ?", Timestamp.from(testStart)))
                .as("incidents of any process since the outage test began").isZero();
        long failedAttempts = db.count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1 and TIMESTAMP_ >= ?",
                Timestamp.from(testStart));
        report.add("outage: " + failedAttempts + " job attempts failed during the outage and were retried (retry cycle)");
    }

    // ---------------------------------------------------------------- 7. backup and restore

    @Test
    @Order(4)
    void aDumpRestoredIntoAFreshDatabaseBootsAndKeepsEveryOrderAndEntry() throws Exception {
        nodeA.stop();
        nodeB.stop();
        String restoreName = System.getProperty("OPSFLOW_RESTORE_DB",
                System.getenv().getOrDefault("OPSFLOW_RESTORE_DB", db.name + "_restore"));
        ClusterDatabase restored = db.sibling(restoreName);

        Path dump = OpsFlowNode.LOGS.resolve("backup.sql");
        BackupRestore backup = new BackupRestore(db);
        backup.dump(dump);
        db.jdbc.execute("drop database if exists `" + restoreName + "`");
        db.jdbc.execute("create database `" + restoreName + "` character set utf8mb4 collate utf8mb4_bin");
        backup.restore(dump, restoreName);

        Map<String, Long> source = tableCounts(db);
        Map<String, Long> target = tableCounts(restored);
        assertThat(source).containsKeys("appraisal_entry", "notification_notice", "ACT_RU_JOB", "ACT_HI_PROCINST");
        assertThat(target).as("rows per table after the restore").isEqualTo(source);
        List<Long> entries = db.jdbc.queryForList("select id from appraisal_entry order by id", Long.class);
        assertThat(restored.jdbc.queryForList("select id from appraisal_entry order by id", Long.class)).isEqualTo(entries);
        long definitions = restored.count("select count(*) from ACT_RE_PROCDEF");

        // a node on the restored database boots (Liquibase and deployment find nothing to do)
        Map<String, String> onRestored = new LinkedHashMap<>(nodeProperties);
        onRestored.put("spring.datasource.url", restored.url);
        OpsFlowNode nodeC = new OpsFlowNode("node-restored", onRestored).start();
        try {
            assertThat(restored.count("select count(*) from ACT_RE_PROCDEF")).as("no new process versions")
                    .isEqualTo(definitions);
            List<String> sample = new ArrayList<>(acknowledged.keySet());
            Collections.shuffle(sample);
            for (String orderNo : sample.subList(0, Math.min(20, sample.size()))) {
                HttpResponse<String> view = nodeC.get("/api/work-orders/" + orderNo, "ops-mgr");
                assertThat(view.statusCode()).as("order " + orderNo + " on the restored node").isEqualTo(200);
                assertThat(view.body()).contains(orderNo);
            }
            assertThat(restored.countIn("select count(*) from ACT_HI_PROCINST where ID_ in (%s)", acknowledged.values()))
                    .as("every acknowledged order in the restored database").isEqualTo(acknowledged.size());
            assertThat(restored.jdbc.queryForList("select id from appraisal_entry order by id", Long.class))
                    .as("ledger entries after the restored node started").containsAll(entries);
        } finally {
            nodeC.stop();
        }
        report.add("restore: " + source.size() + " tables, " + entries.size() + " ledger entries, "
                + source.get("notification_notice") + " notices restored into " + restoreName + "; a node booted on it");
    }

    // ---------------------------------------------------------------- helpers

    /** Takes {@code count} orders with the deadlines suspended, lets them fall due together, checks each once. */
    private Map<String, String> burst(String what, int count, List<OpsFlowNode> nodes) throws Exception {
        suspendDeadlines(true);
        Instant start = Instant.now();
        Map<String, String> mine = deadlines.create(count, nodes);
        acknowledged.putAll(mine);
        Duration taking = Duration.between(start, Instant.now());
        Set<String> responses = deadlines.responsesOf(mine.values());
        assertThat(responses).hasSize(count);
        awaitAllContactDeadlinesPassed();
        assertThat(db.countIn("select count(*) from appraisal_entry where rule_id = 'R-WO-4' and process_instance_id in (%s)",
                responses)).as("nothing fires while the deadlines are suspended").isZero();
        int mailsBefore = mail.getReceivedMessages().length;
        Instant due = Instant.now();
        suspendDeadlines(false);
        awaitEscalated(mine, responses);
        Duration drained = Duration.between(due, Instant.now());
        assertMailedOnce(mine.keySet(), mailsBefore);
        report.add(what + ": " + count + " orders taken in " + taking.toSeconds() + " s; the due deadlines (contact, then "
                + "fines) escalated in " + drained.toSeconds() + " s");
        report.add(what + ": " + deadlines.lateness(responses, due));
        return mine;
    }

    /** Suspends (or activates) the work-order deadlines with their jobs, on a node that is up. */
    private void suspendDeadlines(boolean suspended) throws Exception {
        DeadlineBurst.suspendDeadlines(nodeB.isAlive() ? nodeB : nodeA, suspended);
    }

    private static void awaitAllContactDeadlinesPassed() throws InterruptedException {
        Thread.sleep(CONTACT.plusSeconds(3).toMillis());
    }

    /**
     * Every order escalated exactly once: one R-WO-4 deduction, one R-WO-2 task for customer
     * service, one in-app notice to customer service (R-WO-1), five R-WO-3 fines on five people.
     */
    private void awaitEscalated(Map<String, String> mine, Set<String> responses) throws InterruptedException {
        int n = mine.size();
        awaitProgress("R-WO-4 deductions", () -> db.countIn("select count(*) from appraisal_entry where rule_id = 'R-WO-4' "
                + "and activity_id = '" + DeadlineBurst.DEDUCT_LATE_CONTACT + "' and process_instance_id in (%s)", responses), n);
        awaitProgress("R-WO-2 tasks", () -> db.countIn("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = '"
                + NOTIFY_OPS_MANAGER + "' and PROC_INST_ID_ in (%s)", responses), n);
        List<String> subjects = mine.keySet().stream().map(OVERDUE_SUBJECT::formatted).toList();
        awaitProgress("notices to customer service", () -> db.countIn(
                "select count(*) from notification_notice where subject in (%s)", subjects), n);
        awaitProgress("R-WO-3 fines", () -> db.countIn("select count(*) from appraisal_entry where rule_id = 'R-WO-3' "
                + "and process_instance_id in (%s)", responses), 5L * n);

        Map<String, Long> deductions = new HashMap<>();
        db.rowsIn("select process_instance_id p, count(*) n from appraisal_entry where rule_id = 'R-WO-4' and "
                + "process_instance_id in (%s) group by process_instance_id", responses)
                .forEach(r -> deductions.put((String) r.get("p"), ((Number) r.get("n")).longValue()));
        assertThat(deductions.keySet()).as("every order deducted").isEqualTo(responses);
        assertThat(deductions.values()).as("R-WO-4 once per order").containsOnly(1L);
        List<Map<String, Object>> fines = db.rowsIn("select process_instance_id p, count(*) n, count(distinct staff_id) d "
                + "from appraisal_entry where rule_id = 'R-WO-3' and process_instance_id in (%s) group by process_instance_id",
                responses);
        assertThat(fines).hasSize(n).allSatisfy(r -> {
            assertThat(((Number) r.get("n")).longValue()).isEqualTo(5);
            assertThat(((Number) r.get("d")).longValue()).isEqualTo(5);
        });
        assertThat(db.rowsIn("select PROC_INST_ID_ from ACT_HI_TASKINST where TASK_DEF_KEY_ = '" + NOTIFY_OPS_MANAGER
                + "' and PROC_INST_ID_ in (%s) group by PROC_INST_ID_ having count(*) > 1", responses))
                .as("R-WO-2 task twice").isEmpty();
        assertThat(db.rowsIn("select subject from notification_notice where subject in (%s) group by user_id, subject "
                + "having count(*) > 1", subjects)).as("notice twice").isEmpty();
        assertThat(db.count("select count(*) from (select BUSINESS_KEY_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = "
                + "'separation-review' group by BUSINESS_KEY_ having count(*) > 1) twice"))
                .as("R-AP-7 separation review twice for one breach").isZero();
    }

    /** Mails go out after commit: no mail twice, and customer service's R-WO-1 mail once for every order. */
    private void assertMailedOnce(Set<String> orderNos, int before) throws InterruptedException {
        int last = -1;
        while (mail.getReceivedMessages().length != last) { // until the senders have gone quiet
            last = mail.getReceivedMessages().length;
            Thread.sleep(3_000);
        }
        MimeMessage[] received = mail.getReceivedMessages();
        Map<String, Integer> seen = new HashMap<>();
        int ours = 0;
        for (int i = before; i < received.length; i++) {
            try {
                String subject = received[i].getSubject();
                String orderNo = subject == null ? null : orderNos.stream().filter(subject::contains).findFirst().orElse(null);
                if (orderNo == null) {
                    continue;
                }
                ours++;
                for (Address to : received[i].getAllRecipients()) {
                    seen.merge(to + " " + subject, 1, Integer::sum);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        report.add("mails about these orders: " + ours);
        Set<String> overdue = orderNos.stream().map(OVERDUE_SUBJECT::formatted).collect(Collectors.toSet());
        assertThat(seen.keySet().stream().filter(k -> overdue.contains(k.substring(k.indexOf(' ') + 1))).count())
                .as("R-WO-1 mails to customer service, one per order").isEqualTo(orderNos.size());
        assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("mails received twice").isEmpty();
    }

    /** Successful jobs of these process instances per node (job log host name = opsflow.node-id). */
    private void assertNoIncidents(java.util.Collection<String> roots) {
        Set<String> all = new HashSet<>(roots);
        all.addAll(deadlines.responsesOf(roots));
        assertThat(db.countIn("select count(*) from ACT_HI_INCIDENT where PROC_INST_ID_ in (%s)", all))
                .as("incidents").isZero();
        assertThat(db.countIn("select count(*) from ACT_RU_JOB where RETRIES_ = 0 and PROCESS_INSTANCE_ID_ in (%s)", all))
                .as("jobs out of retries").isZero();
    }

    private static Map<String, Long> tableCounts(ClusterDatabase database) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : database.jdbc.queryForList("select table_name from information_schema.tables where "
                + "table_schema = ? and table_type = 'BASE TABLE'", String.class, database.name)) {
            counts.put(table, database.count("select count(*) from `" + table + "`"));
        }
        return counts;
    }

    /** Waits until {@code count} reaches {@code expected}; fails when it exceeds it or stops moving for {@link #STALL}. */
    private static void awaitProgress(String what, LongSupplier count, long expected) throws InterruptedException {
        AwaitProgress.until(what, count, expected, STALL, Duration.ofSeconds(1), "");
    }
}
