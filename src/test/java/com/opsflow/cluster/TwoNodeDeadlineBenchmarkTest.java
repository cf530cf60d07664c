package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.benchmark.Percentile;
import com.opsflow.platform.AwaitProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * {@code benchmark.deadlines} (1,000) repair orders through their REST front doors with the contact deadlines
 * suspended; once every contact deadline (PT1M here) has passed, the deadlines are activated together and
 * each first escalation's R-WO-4 deduction is timed from that moment ({@link DeadlineBurst}).
 *
 * <p>{@link ClusterTest} runs the same burst for issue 14 with small nodes (4 job threads, pool 17) whose
 * connections go through its TCP proxy (for its database-outage test) and with mail on: a heavier setting
 * whose timings are reported there but are not this goal's. Run by {@code docs/tools/benchmark.sh mysql …
 * deadlines-two-nodes}; report {@code target/benchmark/deadlines-two-nodes-mysql.md}, nodes' logs in
 * {@code target/cluster/}.
 */
@Tag("benchmark")
class TwoNodeDeadlineBenchmarkTest {

    private static final int DEADLINES = Integer.getInteger("benchmark.deadlines", 1000);
    private static final Duration CONTACT = Duration.ofMinutes(1);
    private static final int CLIENTS_PER_NODE = 3;

    @Test
    void contactDeadlinesDueTogetherOnTwoNodes() throws Exception {
        ClusterDatabase db = ClusterDatabase.fromEnvironment();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "mysql,demo");
        settings.put("spring.datasource.url", db.url);
        settings.put("spring.datasource.username", db.user);
        settings.put("spring.datasource.password", db.password);
        settings.put("opsflow.deadlines.contact", CONTACT.toString());
        // a setting to compare with the shipped ones, e.g. -Dbenchmark.node-properties=a.b=1,c.d=2 (both nodes)
        Map<String, String> changed = nodeProperties(System.getProperty("benchmark.node-properties", ""));
        settings.putAll(changed);
        // one after the other: the first creates the schema and the demo organisation
        OpsFlowNode a = new OpsFlowNode("bench-a", settings).start();
        OpsFlowNode b = null;
        try {
            b = new OpsFlowNode("bench-b", settings).start();
            DeadlineBurst burst = new DeadlineBurst(db, CLIENTS_PER_NODE);
            DeadlineBurst.suspendDeadlines(a, true);
            long takingStart = System.nanoTime();
            Map<String, String> mine = burst.create(DEADLINES, List.of(a, b));
            double takingSeconds = (System.nanoTime() - takingStart) / 1e9;
            Set<String> responses = burst.responsesOf(mine.values());
            assertThat(responses).hasSize(DEADLINES);
            Thread.sleep(CONTACT.plusSeconds(3).toMillis()); // every contact deadline has passed

            Instant due = Instant.now();
            DeadlineBurst.suspendDeadlines(b, false);
            AwaitProgress.until("R-WO-4 deductions", () -> db.countIn("select count(*) from appraisal_entry where rule_id = "
                    + "'R-WO-4' and process_instance_id in (%s)", responses), DEADLINES, Duration.ofMinutes(2),
                    Duration.ofSeconds(1), "");
            double drainedSeconds = Duration.between(due, Instant.now()).toMillis() / 1000.0;
            List<Long> lateness = burst.latenessMillis(responses, due);
            Map<String, Long> perNode = burst.jobsPerNode(responses, due);

            List<String> lines = new ArrayList<>(List.of(
                    "## Deadline burst on two nodes: " + DEADLINES + " contact deadlines (R-WO-1) due together",
                    "",
                    "Two OpsFlow nodes (own JVMs) with the shipped settings (but for those named below), straight to"
                            + " MariaDB, mail off; orders taken"
                            + " through both front doors (" + CLIENTS_PER_NODE + " clients each) with the deadlines suspended,"
                            + " activated together once every contact deadline had passed. Lateness = end of the R-WO-4"
                            + " deduction − the activation (MariaDB keeps whole seconds).",
                    "",
                    "| figure | value |",
                    "|---|---|",
                    "| settings changed from the shipped ones (both nodes) | " + (changed.isEmpty() ? "none" : changed) + " |",
                    String.format("| orders taken (2 nodes) | %.1f orders/s |", DEADLINES / takingSeconds),
                    "| first escalations (R-WO-4 deduction) committed | " + lateness.size() + " |",
                    String.format("| all deducted, seen by the benchmark's poll (1 s) | %.1f s after the activation |",
                            drainedSeconds),
                    "| lateness p50 | " + Percentile.seconds(lateness, 50) + " |",
                    "| lateness p95 | " + Percentile.seconds(lateness, 95) + " |",
                    "| lateness p99 | " + Percentile.seconds(lateness, 99) + " (goal ≤ 5 s) |",
                    "| lateness max | " + Percentile.seconds(lateness, 100) + " |",
                    "| jobs done per node (deductions and what followed them so far) | " + perNode + " |"));
            Path report = Path.of("target", "benchmark", "deadlines-two-nodes-mysql.md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines, StandardCharsets.UTF_8);
            lines.forEach(line -> System.out.println("[benchmark] " + line));

            // what the benchmark relies on, not a timing: every deadline escalated once, on both nodes
            assertThat(lateness).hasSize(DEADLINES);
            assertThat(perNode).containsKeys("bench-a", "bench-b");
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
