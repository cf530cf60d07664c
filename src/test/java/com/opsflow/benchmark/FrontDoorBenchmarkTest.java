package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.ConcurrentRepairOrders;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.internal.StartUpWarmUp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Measured (never asserted): the REST front door from a cold boot. Repair orders
 * are posted to {@code POST /api/work-orders} over real HTTP (HTTP Basic as customer service),
 * dispatched to an engineer, at a steady rate of {@code benchmark.rate} (20) orders/s for
 * {@code benchmark.seconds} (60) s with no warm-up, then at four times that rate ({@code benchmark.overload-rate}) for
 * {@code benchmark.overload-seconds} (30) s. The load is open: each request leaves at its planned
 * instant whatever the previous ones do, and its time is counted from that instant, so a server
 * that stalls is charged for the queue it causes.
 *
 * <p>With {@code -Dbenchmark.flow=bare} the same load starts the bare Camunda flow of the same
 * shape ({@link BareFlow}) instead, by {@code POST /engine-rest/engine/frontdoor/process-definition/key/bare-repair/start}
 * (the start of {@code /engine-rest/process-definition/key/bare-repair/start}, addressed to this
 * benchmark's engine by its name, which is not "default") as the same user with the same input
 * (answered 200), through the same front door: the engine's own
 * ceiling on this machine beside OpsFlow's figure. OpsFlow's start-up warm-up is off for it (it warms
 * OpsFlow's order path; a bare Camunda application has none), so both boot as shipped.
 *
 * <p>Run it as its own JVM (the runner does) so that "cold" means cold. The only assertion is a
 * correctness one: every order answered 201 (bare: every start answered 200) exists, and no refused
 * one does.
 */
@OpsFlowSpringBootTest
@Tag("benchmark")
// the start-up warm-up as shipped (application.yaml; the test profile switches it off)
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=frontdoor", "camunda.bpm.job-execution.enabled=true",
        AsShipped.WARM_UP_ORDERS, AsShipped.MAIL})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(BareFlow.Delegates.class) // the bare flow's no-op delegates (-Dbenchmark.flow=bare)
class FrontDoorBenchmarkTest {

    private static final int RATE = Integer.getInteger("benchmark.rate", 20);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final int OVERLOAD_SECONDS = Integer.getInteger("benchmark.overload-seconds", 30);
    /** The second part's rate: four times the steady one, more where a machine takes that without refusing. */
    private static final int OVERLOAD_RATE = Integer.getInteger("benchmark.overload-rate", 4 * RATE);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);
    /** Readiness probes before the load (a load balancer's, which also warm the benchmark's own HTTP client). */
    private static final int READINESS_PROBES = 20;
    /** {@code -Dbenchmark.flow=bare}: the bare Camunda flow instead of OpsFlow's order. */
    private static final boolean BARE = "bare".equals(System.getProperty("benchmark.flow", "opsflow"));
    /** What a request that did its work is answered: 201 (an order created), 200 for the bare flow's start. */
    private static final int CREATED = BARE ? 200 : 201;

    @DynamicPropertySource
    static void bareFlowWithoutWarmUp(DynamicPropertyRegistry registry) {
        if (BARE) {
            AsShipped.withoutWarmUp(registry);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ProcessEngine processEngine;
    @Value("${opsflow.front-door.max-wait}")
    Duration maxWait;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;
    @Value("${server.tomcat.threads.max}")
    int webThreads;
    @Autowired
    ApplicationContext context;

    private final ExecutorService clientThreads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(clientThreads).build();
    /** Where each request goes: OpsFlow's front door, or the bare flow's start on this benchmark's engine. */
    private String path = "/api/work-orders";
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("cs-1:cs-1".getBytes(StandardCharsets.UTF_8));

    record Answer(int status, long millis) {
    }

    @Test
    void steadyTwentyOrdersPerSecondFromColdThenFourTimesThat() throws Exception {
        if (BARE) {
            BareFlow.deploy(repositoryService, "front-door benchmark");
            BareFlow.grantStart(authorizationService);
            // this engine by name: it is not the "default" one /engine-rest/process-definition/… would reach
            path = BareFlow.startPath(processEngine.getName());
            // the engine REST API's first look-up runs ProcessEngines.init(), which builds every camunda.cfg.xml on
            // the classpath: the test classpath has the scenario tests' engine (seconds to build), an application
            // has none; built now, not by the first request of the load
            ProcessEngines.init();
        }
        Date t0 = new Date(System.currentTimeMillis() - 1000);
        askReadinessAsALoadBalancerDoes();
        List<Answer> steady = run(RATE, SECONDS, 0);
        Thread.sleep(2000);
        List<Answer> overload = run(OVERLOAD_RATE, OVERLOAD_SECONDS, RATE * SECONDS);
        clientThreads.shutdownNow();

        long created = steady.stream().filter(a -> a.status() == CREATED).count()
                + overload.stream().filter(a -> a.status() == CREATED).count();
        long instances = historyService.createHistoricProcessInstanceQuery().startedAfter(t0)
                .processDefinitionKeyIn(BARE ? new String[] {BareFlow.REPAIR} : WorkOrderProcess.ORDER_KEYS.toArray(String[]::new))
                .count();

        List<String> lines = new ArrayList<>();
        if (BARE) {
            lines.add("## Front door, bare flow: POST " + path + " over HTTP, from a cold boot");
            lines.add("");
            lines.add("The bare Camunda flow of the same shape (bare-repair, no-op delegates), not OpsFlow: the same load, user"
                    + " (cs-1, HTTP Basic) and input as OpsFlow's front-door benchmark, through the same front-door guard."
                    + " Web threads " + webThreads + ", pool " + poolSize + ", front-door wait " + maxWait.toMillis()
                    + " ms; start-up warm-up " + StartUpWarmUp.orders(context) + " orders (OpsFlow's warm-up orders warm OpsFlow's order path"
                    + " and do not apply to the bare flow; the test classpath's scenario engine, which the engine REST"
                    + " API's first look-up would build, is built before the load); " + READINESS_PROBES
                    + " readiness probes before the load, as a load balancer sends; open load (each request leaves at its"
                    + " planned instant), times from that instant; mail off.");
        } else {
            lines.add("## Front door: POST /api/work-orders over HTTP, from a cold boot");
            lines.add("");
            lines.add("Web threads " + webThreads + ", pool " + poolSize + ", front-door wait " + maxWait.toMillis()
                    + " ms; start-up warm-up " + StartUpWarmUp.orders(context) + " orders (created and rolled back before the load); "
                    + READINESS_PROBES + " readiness probes before the load, as a load balancer sends; open load"
                    + " (each request leaves at its planned instant), times from that instant; mail off (as shipped).");
        }
        lines.add("");
        lines.add("| figure | " + RATE + " orders/s for " + SECONDS + " s (no warm-up) | " + OVERLOAD_RATE + " orders/s for "
                + OVERLOAD_SECONDS + " s |");
        lines.add("|---|---|---|");
        lines.add(row("requests", steady.size(), overload.size()));
        lines.add(row(BARE ? "200 started" : "201 created", count(steady, CREATED), count(overload, CREATED)));
        lines.add("| 503 refused (share) | " + share(steady, 503) + " | " + share(overload, 503) + " |");
        lines.add(row("other answers and errors", others(steady), others(overload)));
        lines.add("| answers by status | " + byStatus(steady) + " | " + byStatus(overload) + " |");
        lines.add("| " + CREATED + ": p50 / p95 / p99 | " + percentiles(steady, CREATED) + " | " + percentiles(overload, CREATED)
                + " |");
        lines.add("| 503: p50 / max | " + p50max(steady, 503) + " | " + p50max(overload, 503) + " |");
        lines.add("| all answers: p95 (goal ≤ 50 ms at " + RATE + "/s) | " + ms(Percentile.of(all(steady), 95)) + " | "
                + ms(Percentile.of(all(overload), 95)) + " |");
        lines.add("| slowest answer | " + ms(max(steady)) + " | " + ms(max(overload)) + " |");
        lines.add("");
        lines.add("The steady " + RATE + " orders/s by 10-second window (from the cold boot on):");
        lines.add("");
        lines.add("| seconds | requests | " + CREATED + " | 503 | p50 | p95 | slowest |");
        lines.add("|---|---|---|---|---|---|---|");
        int window = RATE * 10;
        for (int from = 0; from < steady.size(); from += window) {
            List<Answer> part = steady.subList(from, Math.min(steady.size(), from + window));
            lines.add("| " + from / RATE + "–" + (from + part.size()) / RATE + " | " + part.size() + " | " + count(part, CREATED)
                    + " | " + count(part, 503) + " | " + ms(Percentile.of(all(part), 50)) + " | " + ms(Percentile.of(all(part), 95))
                    + " | " + ms(max(part)) + " |");
        }
        lines.add("");
        lines.add(BARE ? "Starts answered 200: " + created + "; bare-repair instances started: " + instances + "."
                : "Orders answered 201: " + created + "; work orders started: " + instances + ".");
        write(lines);
        // correctness, not speed: each 201 (bare: 200) is an order, no refused request left one behind
        assertThat(instances).isEqualTo(created);
        if (BARE) {
            // and the bare flow's starts reached its engine at all (a misaddressed start is answered 400/404)
            assertThat(created).as("bare-repair starts answered 200").isPositive();
        }
    }

    /**
     * Before the load, the client asks {@code /actuator/health/readiness} the way a load balancer does before it
     * sends a booted node traffic ({@link #READINESS_PROBES} times, 100 ms apart, anonymous): the benchmark's own
     * HTTP client, new in this JVM, is then no longer cold (without the probes each run's slowest answer, about
     * half a second, and its few refusals fell in the first seconds of the load), and the node's web server and
     * security filters have run as a load balancer's probes make them run, while nothing of the order path has.
     */
    private void askReadinessAsALoadBalancerDoes() throws Exception {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(CLIENT_TIMEOUT).GET().build();
        for (int i = 0; i < READINESS_PROBES; i++) {
            HttpResponse<String> ready = http.send(probe, HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            Thread.sleep(100);
        }
    }

    /** {@code rate} requests a second for {@code seconds}, each at its planned instant. */
    private List<Answer> run(int rate, int seconds, int offset) throws Exception {
        int n = rate * seconds;
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        List<CompletableFuture<Answer>> answers = new ArrayList<>(n);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < n; i++) {
            long planned = start + i * periodNanos;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(CLIENT_TIMEOUT).header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(order(offset + i), StandardCharsets.UTF_8)).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> new Answer(response == null ? -1 : response.statusCode(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - planned))));
        }
        List<Answer> result = new ArrayList<>(n);
        for (CompletableFuture<Answer> answer : answers) {
            result.add(answer.get(CLIENT_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS));
        }
        return result;
    }

    /** Request {@code i}'s body: a repair order, or for the bare flow its start with the same input. */
    private static String order(int i) {
        String station = ConcurrentRepairOrders.station(i);
        String engineer = ConcurrentRepairOrders.engineer(i);
        if (BARE) {
            return BareFlow.startBody("FRONT-DOOR-BARE-" + i, "前門壓測用戶" + i, station + "測試路" + i + "號", station, engineer);
        }
        return "{\"type\":\"REPAIR\",\"customerName\":\"前門壓測用戶" + i + "\",\"customerPhone\":\"13800138000\","
                + "\"address\":\"" + station + "測試路" + i + "號\",\"station\":\"" + station + "\",\"channel\":\"PHONE\","
                + "\"description\":\"無法上網\",\"engineer\":\"" + engineer + "\"}";
    }

    private static long count(List<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }

    private static long others(List<Answer> answers) {
        return answers.stream().filter(a -> a.status() != CREATED && a.status() != 503).count();
    }

    private static String share(List<Answer> answers, int status) {
        long n = count(answers, status);
        return n + " (" + String.format("%.1f %%", answers.isEmpty() ? 0.0 : 100.0 * n / answers.size()) + ")";
    }

    private static String byStatus(List<Answer> answers) {
        Map<Integer, Long> by = new TreeMap<>();
        answers.forEach(a -> by.merge(a.status(), 1L, Long::sum));
        StringBuilder s = new StringBuilder();
        by.forEach((status, n) -> s.append(s.isEmpty() ? "" : ", ").append(status == -1 ? "no answer" : status)
                .append(": ").append(n));
        return s.toString();
    }

    private static List<Long> times(List<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).map(Answer::millis).sorted().toList();
    }

    private static List<Long> all(List<Answer> answers) {
        return answers.stream().map(Answer::millis).sorted().toList();
    }

    private static String percentiles(List<Answer> answers, int status) {
        List<Long> t = times(answers, status);
        return t.isEmpty() ? "–" : ms(Percentile.of(t, 50)) + " / " + ms(Percentile.of(t, 95)) + " / " + ms(Percentile.of(t, 99));
    }

    private static String p50max(List<Answer> answers, int status) {
        List<Long> t = times(answers, status);
        return t.isEmpty() ? "–" : ms(Percentile.of(t, 50)) + " / " + ms(t.get(t.size() - 1));
    }

    private static long max(List<Answer> answers) {
        return answers.stream().mapToLong(Answer::millis).max().orElse(0);
    }

    private static String ms(long millis) {
        return millis + " ms";
    }

    private static String row(String figure, long a, long b) {
        return "| " + figure + " | " + a + " | " + b + " |";
    }

    private static void write(List<String> lines) throws IOException {
        String db = System.getProperty("opsflow.test.db", "h2");
        Path out = Path.of("target", "benchmark", (BARE ? "front-door-bare-" : "front-door-") + db + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(line -> System.err.println("[benchmark] " + line));
    }
}
