package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.benchmark.BareFlow;
import com.opsflow.benchmark.Percentile;
import com.opsflow.platform.AwaitProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measured (never asserted): issue 19, goal 5 on two nodes. Two OpsFlow nodes, each its own JVM
 * ({@link OpsFlowNode}) with the shipped settings (10 job threads, pool 33, 20 web threads, mail off, the
 * start-up warm-up), connected straight to the MariaDB database of {@code OPSFLOW_DB_URL}, take
 * {@code benchmark.deadlines} (1,000) repair orders through their REST front doors; then the contact deadlines
 * are made due at one whole second a few seconds ahead and each first escalation's R-WO-4 deduction is timed
 * from that deadline, as the one-node benchmark times it ({@link DeadlineBurst}; {@code -Dbenchmark.burst=activation}:
 * suspended while taken and activated together through one node once passed, timed from the activation).
 *
 * <p>{@link ClusterTest} runs the same burst for issue 14 with small nodes (4 job threads, pool 17) whose
 * connections go through its TCP proxy (for its database-outage test) and with mail on: a heavier setting
 * whose timings are reported there but are not this goal's. Run by {@code docs/tools/benchmark.sh mysql …
 * deadlines-two-nodes}; report {@code target/benchmark/deadlines-two-nodes-mysql.md}, nodes' logs in
 * {@code target/cluster/}. {@code deadlines-two-nodes-bare} ({@code -Dbenchmark.flow=bare}) runs the same burst on
 * two bare Camunda nodes ({@code barecamunda.BareCamundaNode}): what the engine alone reaches on the same machine.
 */
@Tag("benchmark")
class TwoNodeDeadlineBenchmarkTest {

    private static final int DEADLINES = Integer.getInteger("benchmark.deadlines", 1000);
    private static final int CLIENTS_PER_NODE = 3;
    /**
     * How the deadlines fall due together: {@code due-date} (default) moves the contact timers' due date to one
     * whole second a few seconds ahead, so lateness counts from the deadline itself, as on one node;
     * {@code activation} suspends them while the orders are taken and activates them through one node's REST
     * API once they have passed (issue 14's outage; lateness then also counts that command and the nodes' next
     * poll).
     */
    private static final String BURST = System.getProperty("benchmark.burst", "due-date");
    /** The contact deadline of the orders: long enough that none falls due while 1,000 are taken. */
    private static final Duration CONTACT = Duration.ofMinutes(BURST.equals("activation") ? 1 : 3);
    /** The bare flow's contact deadline (its model's literal PT10M). */
    private static final Duration BARE_CONTACT = Duration.ofMinutes(10);
    /** From moving the due dates to the deadline: the nodes finish the orders' own work first. */
    private static final Duration LEAD = Duration.ofSeconds(10);

    /**
     * {@code -Dbenchmark.flow=bare}: two nodes of the bare Camunda application ({@code barecamunda.BareCamundaNode}:
     * OpsFlow's schema and job executor settings, none of its code) with the bare flow's response deadline, whose
     * escalation is a no-op, instead of OpsFlow: the engine's own figure on the same machine. Due dates only.
     */
    private static final boolean BARE = "bare".equals(System.getProperty("benchmark.flow", "opsflow"));
    /**
     * {@code -Dbenchmark.hold-follow-ups=true}: the job definition of what follows each deduction (notices,
     * 通知運營部經理) is suspended before the burst, so the deductions run without their follow-ups beside them
     * (whether those make the burst's tail; OpsFlow only, the bare escalation has none).
     */
    private static final boolean HOLD_FOLLOW_UPS = Boolean.getBoolean("benchmark.hold-follow-ups");

    @Test
    void contactDeadlinesDueTogetherOnTwoNodes() throws Exception {
        if (!BURST.equals("due-date") && !BURST.equals("activation")) {
            throw new IllegalArgumentException("benchmark.burst: due-date or activation, not " + BURST);
        }
        boolean activation = BURST.equals("activation");
        if (BARE && activation) {
            throw new IllegalArgumentException("benchmark.flow=bare: the bare nodes have no REST API, only benchmark.burst=due-date");
        }
        if (BARE && HOLD_FOLLOW_UPS) {
            throw new IllegalArgumentException("benchmark.hold-follow-ups: OpsFlow's nodes only (the bare escalation has no follow-up)");
        }
        ClusterDatabase db = ClusterDatabase.fromEnvironment();
        Map<String, String> settings = new LinkedHashMap<>();
        if (!BARE) {
            settings.put("spring.profiles.active", "mysql,demo");
            settings.put("opsflow.deadlines.contact", CONTACT.toString());
        }
        settings.put("spring.datasource.url", db.url);
        settings.put("spring.datasource.username", db.user);
        settings.put("spring.datasource.password", db.password);
        // a setting to compare with the shipped ones, e.g. -Dbenchmark.node-properties=a.b=1,c.d=2 (both nodes)
        Map<String, String> changed = nodeProperties(System.getProperty("benchmark.node-properties", ""));
        settings.putAll(changed);
        Instant nodesStart = Instant.now();
        // one after the other: the first creates the schema (and OpsFlow's demo organisation)
        OpsFlowNode a = BARE ? OpsFlowNode.bare("bare-a", settings, 0, DEADLINES / 2).start()
                : new OpsFlowNode("bench-a", settings).start();
        OpsFlowNode b = null;
        try {
            b = BARE ? OpsFlowNode.bare("bare-b", settings, DEADLINES / 2, DEADLINES - DEADLINES / 2).start()
                    : new OpsFlowNode("bench-b", settings).start();
            DeadlineBurst burst = new DeadlineBurst(db, CLIENTS_PER_NODE);
            if (activation) {
                DeadlineBurst.suspendDeadlines(a, true);
            }
            if (HOLD_FOLLOW_UPS) {
                assertThat(burst.holdFollowUps(a)).as("job definitions of the deduction's follow-up").isPositive();
            }
            Instant takingStart = BARE ? nodesStart : Instant.now();
            Set<String> responses;
            String taken;
            if (BARE) { // each bare node started its share of the deadlines before it reported up
                responses = burst.bareResponses();
                taken = "started by the nodes at start-up (RuntimeService, one thread each)";
            } else {
                Map<String, String> mine = burst.create(DEADLINES, List.of(a, b));
                taken = String.format("%.1f orders/s", DEADLINES / (Duration.between(takingStart, Instant.now()).toMillis() / 1000.0));
                responses = burst.responsesOf(mine.values());
            }
            assertThat(responses).hasSize(DEADLINES);

            Instant due;
            if (activation) {
                Thread.sleep(CONTACT.plusSeconds(3).toMillis()); // every contact deadline has passed
                due = Instant.now();
                DeadlineBurst.suspendDeadlines(b, false);
            } else {
                due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                assertThat(due).as("the first order's own deadline must still be ahead when the due dates move")
                        .isBefore(takingStart.plus(BARE ? BARE_CONTACT : CONTACT));
                assertThat(burst.contactDeadlinesDueAt(responses, due)).isEqualTo(DEADLINES);
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
            }
            // the escalation's end is committed with it (OpsFlow's: in the R-WO-4 deduction's transaction)
            AwaitProgress.until(BARE ? "bare escalations" : "R-WO-4 deductions", () -> burst.escalated(responses), DEADLINES,
                    Duration.ofMinutes(2), Duration.ofSeconds(1), "");
            double drainedSeconds = Duration.between(due, Instant.now()).toMillis() / 1000.0;
            List<Long> lateness = burst.latenessMillis(responses, due);
            Map<String, Long> perNode = burst.jobsPerNode(responses, due);

            String escalation = BARE ? "the bare flow's no-op escalation" : "the R-WO-4 deduction";
            List<String> lines = new ArrayList<>(List.of(
                    "## Deadline burst on two " + (BARE ? "bare Camunda" : "OpsFlow") + " nodes: " + DEADLINES
                            + " contact deadlines (R-WO-1) due together",
                    "",
                    (BARE ? "Two nodes of the bare Camunda application (barecamunda.BareCamundaNode, own JVMs: the starter with"
                            + " OpsFlow's schema and job executor settings, none of OpsFlow's code) running "
                            + BareFlow.RESPONSE_DEADLINE + ", whose escalation is a no-op; straight to MariaDB. "
                            : "Two OpsFlow nodes (own JVMs) with the shipped settings (but for those named below), straight to"
                                    + " MariaDB, mail off; orders taken through both front doors (" + CLIENTS_PER_NODE
                                    + " clients each). ")
                            + (activation ? "The deadlines were suspended while the orders were taken and activated"
                                    + " together through one node's REST API once every contact deadline had passed."
                                    + " Lateness = end of the R-WO-4 deduction − the activation request (MariaDB keeps whole"
                                    + " seconds)."
                                    : "The contact timers' due dates were then moved to one whole second "
                                            + LEAD.toSeconds() + "–" + (LEAD.toSeconds() + 1) + " s ahead. Lateness = end of "
                                            + escalation + " − that due date (MariaDB keeps whole seconds)."),
                    "",
                    "| figure | value |",
                    "|---|---|",
                    "| flow (-Dbenchmark.flow) | " + (BARE ? "bare" : "opsflow") + " |",
                    "| deadlines due together by (-Dbenchmark.burst) | " + BURST + " |",
                    "| settings changed from the shipped ones (both nodes) | " + (changed.isEmpty() ? "none" : changed) + " |",
                    "| follow-ups of the deductions (-Dbenchmark.hold-follow-ups) | " + (HOLD_FOLLOW_UPS
                            ? "held: their job definition suspended before the burst" : BARE ? "none (bare)" : "as shipped") + " |",
                    "| nodes' JVM options (-Dbenchmark.node-jvm) | " + String.join(" ", OpsFlowNode.JVM_OPTIONS) + " |",
                    "| orders taken (2 nodes) | " + taken + " |",
                    "| first escalations (" + escalation + ") committed | " + lateness.size() + " |",
                    String.format("| all escalated, seen by the benchmark's poll (1 s) | %.1f s after they fell due |",
                            drainedSeconds),
                    "| lateness p50 | " + Percentile.seconds(lateness, 50) + " |",
                    "| lateness p95 | " + Percentile.seconds(lateness, 95) + " |",
                    "| lateness p99 | " + Percentile.seconds(lateness, 99) + " (goal ≤ 5 s) |",
                    "| lateness max | " + Percentile.seconds(lateness, 100) + " |",
                    "| jobs done per node (escalations and what followed them so far) | " + perNode + " |"));
            Path report = Path.of("target", "benchmark", BARE ? "deadlines-two-nodes-bare-mysql.md" : "deadlines-two-nodes-mysql.md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines, StandardCharsets.UTF_8);
            lines.forEach(line -> System.out.println("[benchmark] " + line));

            // what the benchmark relies on, not a timing: every deadline escalated once, on both nodes
            assertThat(lateness).hasSize(DEADLINES);
            assertThat(perNode).containsKeys(a.id, b.id);
        } finally {
            if (b != null) {
                b.stop();
            }
            a.stop();
        }
    }

    /** "a.b=1,c.d=2" as properties, in their order. */
    static Map<String, String> nodeProperties(String list) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String pair : list.split(",")) {
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("benchmark.node-properties: name=value expected, got " + pair);
                }
                properties.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return properties;
    }
}
