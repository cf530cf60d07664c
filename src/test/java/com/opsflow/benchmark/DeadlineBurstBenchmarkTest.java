package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.ConcurrentRepairOrders;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrders;
import com.opsflow.workorder.internal.StartUpWarmUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.annotation.Import;

/**
 * Measured (never asserted): N contact deadlines (R-WO-1) due at one instant,
 * with the shipped job-executor and pool settings; how late each first escalation (the R-WO-4
 * deduction that opens it) is done after its deadline. Orders are taken with the engine clock
 * stopped so that every deadline is the same instant; then the clock runs again (an offset), the
 * instant arrives a few seconds later and the job executor works the burst off.
 *
 * <p>Lateness = end of the deduction's activity − the order's {@code contactDue}, on the engine
 * clock. MariaDB keeps whole seconds: there, lateness has a resolution of one second.
 *
 * <p>With {@code -Dbenchmark.flow=bare}, the same burst of the bare Camunda flow ({@link BareFlow}):
 * N instances of {@code bare-response-deadline} started with {@code RuntimeService}, each made due
 * at t0 + 10 min by its timer; lateness = end of its no-op deduction − (t0 + 10 min). Report:
 * {@code deadlines-bare-<db>.md}.
 */
@OpsFlowSpringBootTest
@Tag("benchmark")
// its own engine name: a second "default" engine would take /engine-rest away from the other benchmark; the
// start-up warm-up as shipped (application.yaml; the test profile switches it off): orders and first escalations
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=deadlines", "camunda.bpm.job-execution.enabled=true",
        AsShipped.WARM_UP_ORDERS, AsShipped.MAIL})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // stops this context's job executor
@Import({StatementCounter.Wiring.class, BareFlow.Delegates.class}) // the bare flow's no-op delegates (-Dbenchmark.flow=bare)
class DeadlineBurstBenchmarkTest {

    private static final int DEADLINES = Integer.getInteger("benchmark.deadlines", 1000);
    private static final int CLIENTS = 4;
    private static final Duration LEAD = Duration.ofSeconds(5);
    /** {@code -Dbenchmark.flow=bare}: the bare Camunda flow's response deadline instead of OpsFlow's orders. */
    private static final boolean BARE = "bare".equals(System.getProperty("benchmark.flow", "opsflow"));
    /**
     * {@code -Dbenchmark.warm-up-deadlines=N}: a burst of N deadlines of the same flow first, a day earlier on the
     * engine clock, its instances deleted once its first escalations are done; 0 (default): the measured burst
     * is the first burst the JVM runs (after the start-up warm-up's escalations, as shipped).
     */
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up-deadlines", 0);

    @DynamicPropertySource
    static void bareFlowWithoutWarmUp(DynamicPropertyRegistry registry) {
        if (BARE) {
            AsShipped.withoutWarmUp(registry);
        }
    }

    @Autowired
    WorkOrders workOrders;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Value("${camunda.bpm.job-execution.max-pool-size}")
    int jobThreads;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void contactDeadlinesDueAtOneInstant() throws Exception {
        if (BARE) {
            BareFlow.deploy(repositoryService, "deadline benchmark");
        }
        // three days ahead (nothing else is due then); OpsFlow's at .700 as a real dispatch would have (its due
        // dates are rounded up to the whole second), the bare flow's at a whole second (its model rounds nothing,
        // so its timer is due at exactly t0 + 10 min, the instant its lateness is counted from)
        Instant whole = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant t0 = BARE ? whole : whole.plusMillis(700);
        if (WARM_UP > 0) {
            warmUp(t0.minus(Duration.ofDays(1)));
        }
        ClockUtil.setCurrentTime(Date.from(t0));
        long createStart = System.nanoTime();
        List<String> started = BARE ? startBare(t0, DEADLINES) : create(DEADLINES);
        double createSeconds = (System.nanoTime() - createStart) / 1e9;

        Instant due = t0.plus(Duration.ofMinutes(10));
        runClockToDeadline(due);
        StatementCounter.quiet(true); // the benchmark's own polling is not the burst's cost
        Map<String, Long> countedBefore = StatementCounter.snapshot();
        long drainStart = System.nanoTime();
        CpuTime cpuBefore = CpuTime.now();
        // the instances whose timer fires: the bare ones themselves, OpsFlow's orders' response deadlines
        Set<String> responses = BARE ? Set.copyOf(started) : responseDeadlines(started, t0);
        assertThat(responses).hasSize(DEADLINES);
        List<HistoricActivityInstance> done = awaitDeductions(responses, due, t0);
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9 - LEAD.toSeconds();
        // what the job executor sent while the deductions drained (the benchmark's own polling excluded)
        Map<String, Long> drained = StatementCounter.since(countedBefore);
        String cpu = CpuTime.now().perUnitSince(cpuBefore, DEADLINES);
        if (BARE) {
            // the bare flow's escalation is the deduction alone: no notice, no 通知運營部經理 task
            List<Long> lateness = lateness(done, activity -> due);
            List<String> lines = new ArrayList<>(List.of(
                    "## Deadline burst, bare flow: " + DEADLINES + " contact deadlines of " + BareFlow.RESPONSE_DEADLINE
                            + " due at one instant",
                    "",
                    "The bare Camunda flow of the same shape (no-op delegates), not OpsFlow: " + DEADLINES + " instances of "
                            + BareFlow.RESPONSE_DEADLINE + " started with RuntimeService from " + CLIENTS + " threads while"
                            + " the engine clock stood at t0; its timer " + BareFlow.CONTACT_OVERDUE + " (PT10M) makes every"
                            + " one due at t0 + 10 min. t0 is a whole second: the bare model has no rounding of due dates of"
                            + " its own, and the engine rounds every timer up to the whole second (WholeSecondTimers), so"
                            + " with a whole t0 the timer is due at exactly t0 + 10 min. Lateness = end of "
                            + BareFlow.DEDUCT_LATE_CONTACT + " − (t0 + 10 min), on the engine clock. The follow-up of"
                            + " OpsFlow's escalation (notice, 通知運營部經理) does not exist in the bare flow.",
                    ""));
            lines.addAll(figures(String.format("| instances started (%d threads, RuntimeService) | %.1f instances/s |",
                    CLIENTS, DEADLINES / createSeconds), "first escalations (" + BareFlow.DEDUCT_LATE_CONTACT
                            + ", no-op) committed", drainSeconds, drained, cpu, lateness));
            lines.addAll(traced(drained, lateness.size()));
            write("deadlines-bare", lines);
            assertEscalatedInTime(lateness);
            return;
        }
        // the rest of each first escalation: the notice to customer service and the task 通知運營部經理 (R-WO-2)
        int followedUp = awaitFollowUps(responses, t0);
        double followUpSeconds = (System.nanoTime() - drainStart) / 1e9 - LEAD.toSeconds();
        Map<String, Long> wholeEscalations = StatementCounter.since(countedBefore);

        Map<String, Instant> contactDue = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery().variableName("contactDue")
                .processInstanceIdIn(started.toArray(String[]::new)).list()) {
            contactDue.put(v.getProcessInstanceId(), ((Date) v.getValue()).toInstant());
        }
        Map<String, String> rootOf = new HashMap<>();
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(WorkOrderProcess.RESPONSE_DEADLINE)
                .startedAfter(Date.from(t0.minusSeconds(1))).list()
                .forEach(p -> rootOf.put(p.getId(), p.getSuperProcessInstanceId()));
        List<Long> lateness = lateness(done, a -> contactDue.get(rootOf.get(a.getProcessInstanceId())));
        List<String> lines = new ArrayList<>(List.of(
                "## Deadline burst: " + DEADLINES + " contact deadlines (R-WO-1) due at one instant",
                ""));
        lines.addAll(figures(String.format("| orders taken (4 clients) | %.1f orders/s |", DEADLINES / createSeconds),
                "first escalations (R-WO-4 deduction) committed", drainSeconds, drained, cpu, lateness));
        lines.add(String.format("| notices and 通知運營部經理 tasks of all %d done | %.1f s after the deadline |", followedUp,
                followUpSeconds));
        lines.add(String.format("| statements per whole first escalation (commits) | %.1f (%.1f) |",
                perEscalation(wholeEscalations, null, lateness.size()),
                wholeEscalations.getOrDefault(StatementCounter.COMMIT, 0L) / (double) lateness.size()));
        lines.addAll(traced(drained, lateness.size()));
        write("deadlines", lines);
        assertEscalatedInTime(lateness);
    }

    /** What the benchmark relies on, not a timing: every deadline escalated, none before its time. */
    private static void assertEscalatedInTime(List<Long> lateness) {
        assertThat(lateness).hasSize(DEADLINES).allSatisfy(ms -> assertThat(ms).isNotNegative());
    }

    /** The figures of both flows' reports: the table up to the statements of the deductions' transactions. */
    private List<String> figures(String startedRow, String escalated, double drainSeconds, Map<String, Long> drained,
            String cpu, List<Long> lateness) {
        return List.of(
                "| figure | value |",
                "|---|---|",
                "| job-executor threads / pool (mail off, as shipped) | " + jobThreads + " / " + poolSize + " |",
                "| start-up warm-up (created and rolled back before the node is ready) | " + StartUpWarmUp.orders(context) + " orders, "
                        + StartUpWarmUp.escalations(context) + " of them through their first escalation |",
                "| warm-up burst before this one (its instances then deleted) | "
                        + (WARM_UP > 0 ? WARM_UP + " deadlines" : "none") + " |",
                startedRow,
                "| " + escalated + " | " + lateness.size() + " |",
                String.format("| drained in | %.1f s (%.0f escalations/s) |", drainSeconds, lateness.size() / drainSeconds),
                "| earliest after its deadline | " + seconds(lateness.get(0)) + " |",
                "| lateness p50 | " + seconds(Percentile.of(lateness, 50)) + " |",
                "| lateness p95 | " + seconds(Percentile.of(lateness, 95)) + " |",
                "| lateness p99 | " + seconds(Percentile.of(lateness, 99)) + " (goal ≤ 5 s) |",
                "| lateness max | " + seconds(lateness.get(lateness.size() - 1)) + " |",
                String.format("| statements per deduction's transaction, timer included (commits) | %.1f (%.1f) |",
                        perEscalation(drained, null, lateness.size()),
                        drained.getOrDefault(StatementCounter.COMMIT, 0L) / (double) lateness.size()),
                "| of which by table | " + byTable(drained, lateness.size()) + " |",
                "| CPU per deduction while they drained (the benchmark's own polling included) | " + cpu + " |");
    }

    /** With {@code -Dbenchmark.trace-sql=true}: every statement the deductions' transactions sent, by text, per deduction. */
    private static List<String> traced(Map<String, Long> counts, int n) {
        if (!StatementCounter.TRACE) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of("", "| statements per deduction, by text | per deduction |", "|---|---|"));
        counts.entrySet().stream().filter(e -> e.getKey().startsWith(StatementCounter.SQL))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("| `%s` | %.2f |",
                        e.getKey().substring(StatementCounter.SQL.length()).replace("|", "\\|"), e.getValue() / (double) n)));
        return lines;
    }

    /** Milliseconds from each deduction's deadline to its end, sorted. */
    private static List<Long> lateness(List<HistoricActivityInstance> done,
            Function<HistoricActivityInstance, Instant> deadlineOf) {
        List<Long> lateness = new ArrayList<>();
        for (HistoricActivityInstance a : done) {
            lateness.add(a.getEndTime().getTime() - deadlineOf.apply(a).toEpochMilli());
        }
        lateness.sort(null);
        return lateness;
    }

    /** The response deadlines the orders {@code roots} called. */
    private Set<String> responseDeadlines(List<String> roots, Instant t0) {
        Set<String> rootSet = Set.copyOf(roots);
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(WorkOrderProcess.RESPONSE_DEADLINE).startedAfter(Date.from(t0.minusSeconds(1)))
                .list().stream().filter(p -> rootSet.contains(p.getSuperProcessInstanceId()))
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    /**
     * The warm-up burst ({@link #WARM_UP} deadlines due at {@code t0} + 10 min, the same way as the measured
     * one): once its first escalations are done its instances are deleted, so that none of its later timers
     * (R-WO-2, R-WO-3) falls due beside the measured burst.
     */
    private void warmUp(Instant t0) throws Exception {
        ClockUtil.setCurrentTime(Date.from(t0));
        List<String> started = BARE ? startBare(t0, WARM_UP) : create(WARM_UP);
        Instant due = t0.plus(Duration.ofMinutes(10));
        runClockToDeadline(due);
        StatementCounter.quietly(() -> {
            try {
                Set<String> responses = BARE ? Set.copyOf(started) : responseDeadlines(started, t0);
                awaitDeductions(responses, due, t0);
                if (!BARE) {
                    awaitFollowUps(responses, t0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            runtimeService.deleteProcessInstances(started, "deadline benchmark: warm-up done", true, true);
        });
    }

    /** The engine clock runs again and reaches {@code due} {@link #LEAD} from now. */
    private static void runClockToDeadline(Instant due) {
        ClockUtil.offset(Date.from(due).getTime() - LEAD.toMillis() - System.currentTimeMillis());
    }

    private List<String> create(int count) throws Exception {
        return ConcurrentRepairOrders.create(workOrders, count, CLIENTS, "壓測用戶");
    }

    /**
     * Starts {@code count} bare response deadlines on {@link #CLIENTS} threads, each for an
     * engineer as OpsFlow's orders are dispatched (alternately east and west, three each); their ids.
     */
    private List<String> startBare(Instant t0, int count) throws Exception {
        return ConcurrentRepairOrders.concurrently(count, CLIENTS, i -> {
            String businessKey = "BARE-DEADLINE-" + t0.toEpochMilli() + "-" + i;
            Map<String, Object> variables = Map.of("engineer", ConcurrentRepairOrders.engineer(i));
            return () -> runtimeService.startProcessInstanceByKey(BareFlow.RESPONSE_DEADLINE, businessKey, variables).getId();
        });
    }

    /**
     * Waits for every deduction; gives up when nothing moves for a minute (then the report says so). While it
     * waits it counts the contact timers still to fire ({@code ACT_RU_JOB}, by its acquisition index: the
     * deduction commits with its timer's deletion), not the finished deductions in the activity history, whose
     * count scanned the burst's history rows five times a second, as many row reads as the job executor's own.
     */
    private List<HistoricActivityInstance> awaitDeductions(Set<String> responses, Instant due, Instant t0)
            throws InterruptedException {
        Date after = Date.from(t0.plus(Duration.ofMinutes(9)));
        // OpsFlow's timers are due at the whole second after due; MariaDB's URL (sendFractionalSeconds=false)
        // cuts the bound to its second, so two seconds
        Date dueBy = Date.from(due.plusSeconds(2));
        long last = -1;
        long lastChange = System.nanoTime();
        String deduction = BARE ? BareFlow.DEDUCT_LATE_CONTACT : WorkOrderProcess.DEDUCT_LATE_CONTACT;
        while (true) {
            long pending = managementService.createJobQuery().timers().duedateLowerThan(dueBy).count();
            if (pending == 0 || System.nanoTime() - lastChange > Duration.ofMinutes(1).toNanos()) {
                return historyService.createHistoricActivityInstanceQuery().activityId(deduction)
                        .finished().startedAfter(after).list().stream()
                        .filter(a -> responses.contains(a.getProcessInstanceId())).toList();
            }
            if (pending != last) {
                last = pending;
                lastChange = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    /** Waits for every 通知運營部經理 task (the end of each first escalation); gives up when nothing moves for a minute. */
    private int awaitFollowUps(Set<String> responses, Instant t0) throws InterruptedException {
        Date after = Date.from(t0.plus(Duration.ofMinutes(9)));
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long n = historyService.createHistoricActivityInstanceQuery().activityId(WorkOrderProcess.NOTIFY_OPS_MANAGER)
                    .startedAfter(after).count();
            if (n >= responses.size() || System.nanoTime() - lastChange > Duration.ofMinutes(1).toNanos()) {
                return (int) n;
            }
            if (n != last) {
                last = n;
                lastChange = System.nanoTime();
            }
            Thread.sleep(1000); // the follow-ups are not the goal's figure: fewer history scans beside the drain
        }
    }

    private static double perEscalation(Map<String, Long> counts, String table, int n) {
        return counts.entrySet().stream().filter(e -> !e.getKey().startsWith("("))
                .filter(e -> table == null || e.getKey().endsWith(" " + table)).mapToLong(Map.Entry::getValue).sum() / (double) n;
    }

    private static String byTable(Map<String, Long> counts, int n) {
        Map<String, Long> tables = new java.util.TreeMap<>();
        counts.forEach((key, value) -> {
            if (!key.startsWith("(")) {
                tables.merge(key.substring(key.indexOf(' ') + 1), value, Long::sum);
            }
        });
        return tables.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / (double) n)).collect(Collectors.joining(", "));
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    private static void write(String report, List<String> lines) throws IOException {
        String db = System.getProperty("opsflow.test.db", "h2");
        Path out = Path.of("target", "benchmark", report + "-" + db + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(line -> System.err.println("[benchmark] " + line));
    }
}
