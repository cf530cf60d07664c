package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.WorkOrderProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The side-by-side benchmark (docs/performance.md): OpsFlow's repair order and a bare Camunda flow
 * of the same shape with no-op delegates ({@code src/test/resources/benchmark/bare-*.bpmn}), on
 * the same engine, database and history level (full), both driven through the REST front door
 * over HTTP: OpsFlow's order by {@code POST /api/work-orders}, the bare one by
 * {@code POST /engine-rest/process-definition/key/bare-repair/start}, every task of both by
 * {@code POST /engine-rest/task/{id}/complete} as the person who works it, the asynchronous
 * callback step by the job API. Rounds of {@code benchmark.batch} orders alternate between the two
 * (which one goes first alternates too); the first round of each is a warm-up and is not counted.
 *
 * <p>Every statement sent to the database is counted by table ({@link StatementCounter}); the
 * report prints, per order, the time and statements of each step and of the whole order beside the
 * bare flow's, each as a ratio. The goal (OpsFlow's orders/s ≥ 1.0× the bare flow's) is read from
 * the report, never asserted: the only assertions are that every order of both closed.
 */
@OpsFlowSpringBootTest
@Tag("benchmark")
@TestPropertySource(properties = AsShipped.MAIL)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import({BareFlow.Delegates.class, StatementCounter.Wiring.class})
class SideBySideBenchmarkTest {

    private static final int BATCH = Integer.getInteger("benchmark.batch", 50);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 4);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern ORDER_NO = Pattern.compile("\"orderNo\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern INSTANCE_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> STEPS = List.of("create", "contact", "on site", "repair", "feedback", "callback",
            "callback job");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One flow's totals over the counted rounds: nanoseconds and statements per step. */
    static final class Totals {
        final Map<String, Long> nanos = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> statements = new LinkedHashMap<>();
        int orders;

        void add(String step, long nanos, Map<String, Long> counted) {
            this.nanos.merge(step, nanos, Long::sum);
            Map<String, Long> into = statements.computeIfAbsent(step, s -> new TreeMap<>());
            counted.forEach((key, n) -> into.merge(key, n, Long::sum));
        }

        Map<String, Long> all() {
            Map<String, Long> all = new TreeMap<>();
            statements.values().forEach(m -> m.forEach((key, n) -> all.merge(key, n, Long::sum)));
            return all;
        }

        double totalSeconds() {
            return nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        }
    }

    @Test
    void opsFlowBesideTheBareFlowThroughTheFrontDoor() throws Exception {
        BareFlow.deploy(repositoryService, "side-by-side benchmark");
        BareFlow.grantStart(authorizationService);

        Totals opsFlow = new Totals();
        Totals bare = new Totals();
        int sequence = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            boolean counted = round > 0;
            boolean opsFlowFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean runOpsFlow = (turn == 0) == opsFlowFirst;
                Totals into = counted ? (runOpsFlow ? opsFlow : bare) : new Totals();
                runBatch(runOpsFlow, sequence, into);
                sequence += BATCH;
                if (counted) {
                    into.orders += BATCH;
                }
            }
        }
        write(opsFlow, bare);
    }

    private void runBatch(boolean opsFlow, int first, Totals into) throws Exception {
        List<String> keys = new ArrayList<>();
        step(into, "create", () -> {
            for (int i = first; i < first + BATCH; i++) {
                keys.add(opsFlow ? createOrder(i) : startBare(i));
            }
        });
        String appointment = OffsetDateTime.now(ZONE).plusMinutes(30).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        complete(into, "contact", keys, opsFlow ? WorkOrderProcess.CONTACT : "UserTask_ContactCustomer",
                "{\"contactNote\":{\"value\":\"已約定\"},\"appointment\":{\"value\":\"" + appointment + "\"}}", true);
        complete(into, "on site", keys, opsFlow ? WorkOrderProcess.ARRIVE : "UserTask_ArriveOnSite", "{}", true);
        complete(into, "repair", keys, opsFlow ? WorkOrderProcess.REPAIR : "UserTask_Repair",
                "{\"solved\":{\"value\":true},\"repairNote\":{\"value\":\"更換光貓\"}}", true);
        complete(into, "feedback", keys, opsFlow ? WorkOrderProcess.FEEDBACK : "UserTask_Feedback",
                "{\"feedback\":{\"value\":\"已恢復\"}}", true);
        complete(into, "callback", keys, opsFlow ? WorkOrderProcess.CALLBACK_TASK : "UserTask_Callback",
                "{\"satisfaction\":{\"value\":5,\"type\":\"Long\"},\"complaint\":{\"value\":false}}", false);
        List<String> jobs = new ArrayList<>();
        // only this batch's callbacks have jobs due now (the job executor is off, timers are hours away)
        StatementCounter.quietly(() -> managementService.createJobQuery().executable().list().stream().map(Job::getId)
                .forEach(jobs::add));
        step(into, "callback job", () -> {
            for (String job : jobs) {
                post("/engine-rest/job/" + job + "/execute", "", "admin", 204);
            }
        });
        long open = keys.stream().filter(key -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key).unfinished().count() > 0).count();
        assertThat(open).as("orders of %s not closed", opsFlow ? "OpsFlow" : "the bare flow").isZero();
    }

    private void complete(Totals into, String name, List<String> keys, String taskKey, String variables, boolean engineer)
            throws Exception {
        List<String[]> tasks = new ArrayList<>();
        StatementCounter.quietly(() -> keys.forEach(key -> {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).singleResult();
            assertThat(task).as("task %s of %s", taskKey, key).isNotNull();
            tasks.add(new String[] {task.getId(), engineer ? task.getAssignee() : "cs-1"});
        }));
        step(into, name, () -> {
            for (String[] task : tasks) {
                post("/engine-rest/task/" + task[0] + "/complete", "{\"variables\":" + variables + "}", task[1], 204);
            }
        });
    }

    interface Work {
        void run() throws Exception;
    }

    private void step(Totals into, String name, Work work) throws Exception {
        Map<String, Long> before = StatementCounter.snapshot();
        long start = System.nanoTime();
        work.run();
        into.add(name, System.nanoTime() - start, StatementCounter.since(before));
    }

    private String createOrder(int i) throws Exception {
        String engineer = "eng-east-" + (1 + i % 3);
        String body = "{\"type\":\"REPAIR\",\"customerName\":\"並列壓測用戶" + i + "\",\"customerPhone\":\"13800138000\","
                + "\"address\":\"東區測試路" + i + "號\",\"station\":\"east\",\"channel\":\"PHONE\","
                + "\"description\":\"無法上網\",\"engineer\":\"" + engineer + "\"}";
        Matcher m = ORDER_NO.matcher(post("/api/work-orders", body, "cs-1", 201));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The bare flow is started with the same input a customer-service agent gives OpsFlow. */
    private String startBare(int i) throws Exception {
        String key = "BARE-" + System.nanoTime() + "-" + i;
        String engineer = "eng-east-" + (1 + i % 3);
        String body = BareFlow.startBody(key, "並列壓測用戶" + i, "東區測試路" + i + "號", "east", engineer);
        Matcher m = INSTANCE_ID.matcher(post(BareFlow.START_PATH, body, "cs-1", 200));
        assertThat(m.find()).isTrue();
        return key;
    }

    private String post(String path, String body, String user, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s as %s: %s", path, user, response.body()).isEqualTo(expected);
        return response.body();
    }

    private void write(Totals opsFlow, Totals bare) throws IOException {
        String db = System.getProperty("opsflow.test.db", "h2");
        List<String> lines = new ArrayList<>();
        lines.add("## Side by side: OpsFlow's repair order and the bare flow on " + db);
        lines.add("");
        lines.add(String.format("%d counted orders of each (%d rounds of %d, interleaved, after a warm-up round of each), "
                + "one client over HTTP, history full, mail off (as shipped: notices in-app).", opsFlow.orders, ROUNDS, BATCH));
        lines.add("Ratio = OpsFlow's speed ÷ the bare flow's (goal ≥ 1.0×); for counts, the bare flow's ÷ OpsFlow's.");
        lines.add("");
        lines.add("| step | OpsFlow ms/order | bare ms/order | speed ratio | OpsFlow statements/order | bare statements/order | ratio |");
        lines.add("|---|---|---|---|---|---|---|");
        for (String step : STEPS) {
            double o = opsFlow.nanos.getOrDefault(step, 0L) / 1e6 / opsFlow.orders;
            double b = bare.nanos.getOrDefault(step, 0L) / 1e6 / bare.orders;
            double os = statements(opsFlow.statements.getOrDefault(step, Map.of())) / (double) opsFlow.orders;
            double bs = statements(bare.statements.getOrDefault(step, Map.of())) / (double) bare.orders;
            lines.add(String.format("| %s | %.1f | %.1f | %.2f× | %.1f | %.1f | %.2f× |", step, o, b, b / o, os, bs, bs / os));
        }
        double oRate = opsFlow.orders / opsFlow.totalSeconds();
        double bRate = bare.orders / bare.totalSeconds();
        Map<String, Long> oAll = opsFlow.all();
        Map<String, Long> bAll = bare.all();
        double os = statements(oAll) / (double) opsFlow.orders;
        double bs = statements(bAll) / (double) bare.orders;
        lines.add(String.format("| **whole order** | %.1f | %.1f | **%.2f×** | %.1f | %.1f | %.2f× |",
                1000 / oRate, 1000 / bRate, oRate / bRate, os, bs, bs / os));
        lines.add("");
        lines.add("| figure per order | OpsFlow | bare | ratio |");
        lines.add("|---|---|---|---|");
        lines.add(String.format("| orders/s end to end | %.1f | %.1f | %.2f× |", oRate, bRate, oRate / bRate));
        for (String key : List.of(StatementCounter.COMMIT, StatementCounter.ROLLBACK, StatementCounter.AUTOCOMMIT,
                StatementCounter.CONNECTION)) {
            ratioLine(lines, key, oAll.getOrDefault(key, 0L) / (double) opsFlow.orders, bAll.getOrDefault(key, 0L)
                    / (double) bare.orders);
        }
        for (String verb : List.of("select", "insert", "update", "delete")) {
            ratioLine(lines, verb + " statements", byVerb(oAll, verb) / (double) opsFlow.orders,
                    byVerb(bAll, verb) / (double) bare.orders);
        }
        lines.add("");
        lines.add("Statements per order by table (all steps):");
        lines.add("");
        lines.add("| table | OpsFlow | bare | ratio | OpsFlow by kind |");
        lines.add("|---|---|---|---|---|");
        Map<String, Map<String, Long>> oTables = byTable(oAll);
        Map<String, Map<String, Long>> bTables = byTable(bAll);
        TreeSet<String> tables = new TreeSet<>(oTables.keySet());
        tables.addAll(bTables.keySet());
        List<String> sorted = new ArrayList<>(tables);
        sorted.sort((a, c) -> Long.compare(sum(oTables.get(c)), sum(oTables.get(a))));
        for (String table : sorted) {
            double o = sum(oTables.get(table)) / (double) opsFlow.orders;
            double b = sum(bTables.get(table)) / (double) bare.orders;
            lines.add(String.format("| %s | %.1f | %.1f | %s | %s |", table, o, b, o == 0 ? "–" : String.format("%.2f×", b / o),
                    perOrder(oTables.getOrDefault(table, Map.of()), opsFlow.orders)));
        }
        lines.add("");
        lines.add("Commits and connections per order by step:");
        lines.add("");
        lines.add("| step | OpsFlow commits | bare commits | OpsFlow connections taken | bare connections taken |");
        lines.add("|---|---|---|---|---|");
        for (String step : STEPS) {
            Map<String, Long> o = opsFlow.statements.getOrDefault(step, Map.of());
            Map<String, Long> b = bare.statements.getOrDefault(step, Map.of());
            lines.add(String.format("| %s | %.1f | %.1f | %.1f | %.1f |", step,
                    o.getOrDefault(StatementCounter.COMMIT, 0L) / (double) opsFlow.orders,
                    b.getOrDefault(StatementCounter.COMMIT, 0L) / (double) bare.orders,
                    o.getOrDefault(StatementCounter.CONNECTION, 0L) / (double) opsFlow.orders,
                    b.getOrDefault(StatementCounter.CONNECTION, 0L) / (double) bare.orders));
        }
        lines.add("");
        lines.add("Statements per order by step and table, where the two flows differ:");
        lines.add("");
        lines.add("| step | table | OpsFlow | bare | OpsFlow by kind |");
        lines.add("|---|---|---|---|---|");
        whereTheyDiffer(lines, opsFlow, bare, SideBySideBenchmarkTest::byTable, SideBySideBenchmarkTest::sum,
                (step, table, o, b, kinds) -> String.format("| %s | %s | %.1f | %.1f | %s |", step, table, o, b,
                        perOrder(kinds == null ? Map.of() : kinds, opsFlow.orders)));
        if (StatementCounter.TRACE) {
            lines.add("");
            lines.add("Statements per order by step and text, where the two flows differ (-Dbenchmark.trace-sql=true):");
            lines.add("");
            lines.add("| step | OpsFlow | bare | statement |");
            lines.add("|---|---|---|---|");
            whereTheyDiffer(lines, opsFlow, bare, SideBySideBenchmarkTest::byText, Long::longValue,
                    (step, text, o, b, n) -> String.format("| %s | %.1f | %.1f | `%s` |", step, o, b,
                            text.substring(StatementCounter.SQL.length()).replace("|", "\\|")));
        }
        Path out = Path.of("target", "benchmark", "side-by-side-" + db + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(line -> System.err.println("[benchmark] " + line));
    }

    /** A report row for a key (a table, a statement's text) of a step; {@code value} is OpsFlow's (null: none). */
    private interface Row<V> {
        String of(String step, String key, double opsFlowPerOrder, double barePerOrder, V value);
    }

    /**
     * Step by step, a row for every key whose statements per order differ between the two flows by half a
     * statement or more; {@code keyed} groups a step's counts by key, {@code count} gives a key's statements.
     */
    private static <V> void whereTheyDiffer(List<String> lines, Totals opsFlow, Totals bare,
            Function<Map<String, Long>, Map<String, V>> keyed, ToLongFunction<V> count, Row<V> row) {
        for (String step : STEPS) {
            Map<String, V> o = keyed.apply(opsFlow.statements.getOrDefault(step, Map.of()));
            Map<String, V> b = keyed.apply(bare.statements.getOrDefault(step, Map.of()));
            TreeSet<String> keys = new TreeSet<>(o.keySet());
            keys.addAll(b.keySet());
            for (String key : keys) {
                double on = o.containsKey(key) ? count.applyAsLong(o.get(key)) / (double) opsFlow.orders : 0;
                double bn = b.containsKey(key) ? count.applyAsLong(b.get(key)) / (double) bare.orders : 0;
                if (Math.abs(on - bn) >= 0.5) {
                    lines.add(row.of(step, key, on, bn, o.get(key)));
                }
            }
        }
    }

    private static Map<String, Long> byText(Map<String, Long> counts) {
        Map<String, Long> texts = new TreeMap<>();
        counts.forEach((key, n) -> {
            if (key.startsWith(StatementCounter.SQL)) {
                texts.put(key, n);
            }
        });
        return texts;
    }

    private static void ratioLine(List<String> lines, String name, double o, double b) {
        lines.add(String.format("| %s | %.1f | %.1f | %s |", name, o, b, o == 0 ? "–" : String.format("%.2f×", b / o)));
    }

    private static String perOrder(Map<String, Long> kinds, int orders) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(String.format("%s %.1f", kind, n / (double) orders)));
        return String.join(", ", parts);
    }

    private static long statements(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> !e.getKey().startsWith("(")).mapToLong(Map.Entry::getValue).sum();
    }

    private static long byVerb(Map<String, Long> counts, String verb) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(verb + " ")).mapToLong(Map.Entry::getValue).sum();
    }

    private static long sum(Map<String, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Map<String, Long>> byTable(Map<String, Long> counts) {
        Map<String, Map<String, Long>> tables = new TreeMap<>();
        counts.forEach((key, n) -> {
            if (!key.startsWith("(")) {
                int space = key.indexOf(' ');
                tables.computeIfAbsent(key.substring(space + 1), t -> new TreeMap<>()).merge(key.substring(0, space), n, Long::sum);
            }
        });
        return tables;
    }
}
