package com.opsflow.cluster;

import barecamunda.BareCamundaNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One OpsFlow node as its own operating-system process ({@code java … com.opsflow.OpsFlowApplication}
 * on the application's classpath, without the test classes), on a free port, with the profiles
 * {@code mysql,demo} and its own {@code opsflow.node-id}. {@link #kill()} is a real
 * {@code kill -9}. The node's output goes to {@code target/cluster/<node>.log}. {@link #bare} is a node of
 * the bare Camunda application the two-node benchmark compares OpsFlow with ({@link BareCamundaNode}).
 */
final class OpsFlowNode {

    static final Path LOGS = Path.of("target", "cluster");
    private static final Duration BOOT = Duration.ofMinutes(4);
    /**
     * The nodes' JVM options: issue 14's small nodes (a 640 MB heap, the serial collector) unless
     * {@code -Dbenchmark.node-jvm=…} gives others, separated by spaces or semicolons (the two-node
     * benchmark compares them; {@code BENCHMARK_OPTS} splits at spaces, so there: {@code -Xmx1g;-XX:+UseG1GC}).
     */
    static final List<String> JVM_OPTIONS = List.of(
            System.getProperty("benchmark.node-jvm", "-Xmx640m -XX:+UseSerialGC").trim().split("[;\\s]+"));

    final String id;
    final int port;
    private final List<String> arguments;
    /** null: an OpsFlow node, up once {@code /actuator/health} is; else a bare node, up once it logged {@link BareCamundaNode#READY}. */
    private final String bareReady;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    OpsFlowNode(String id, Map<String, String> properties) throws IOException {
        this(id, properties, false);
    }

    private OpsFlowNode(String id, Map<String, String> properties, boolean bare) throws IOException {
        this.id = id;
        this.port = bare ? 0 : freePort();
        this.bareReady = bare ? BareCamundaNode.READY : null;
        this.arguments = new ArrayList<>();
        if (bare) { // the engine's host name in the job log, as opsflow.node-id sets it on an OpsFlow node
            arguments.add("--camunda.bpm.generic-properties.properties.hostname=" + id);
        } else {
            arguments.add("--server.port=" + port);
            arguments.add("--opsflow.node-id=" + id);
        }
        properties.forEach((k, v) -> arguments.add("--" + k + "=" + v));
    }

    /**
     * A node of the bare Camunda application ({@link BareCamundaNode}: the starter with OpsFlow's schema and job
     * executor settings, no web server) that starts {@code deadlines} bare response deadlines numbered from
     * {@code first} before {@link #start()} returns.
     */
    static OpsFlowNode bare(String id, Map<String, String> properties, int first, int deadlines) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put("bare.first", String.valueOf(first));
        all.put("bare.deadlines", String.valueOf(deadlines));
        return new OpsFlowNode(id, all, true);
    }

    /**
     * Starts the process and waits until {@code /actuator/health} is UP (database, engine, job executor); a bare
     * node until it has started its deadlines.
     */
    OpsFlowNode start() throws IOException, InterruptedException {
        Files.createDirectories(LOGS);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Duser.timezone=" + java.util.TimeZone.getDefault().getID(),
                "-cp", bareReady == null ? applicationClasspath() : testClasspath(),
                bareReady == null ? "com.opsflow.OpsFlowApplication" : BareCamundaNode.class.getName()));
        command.addAll(arguments);
        File log = LOGS.resolve(id + ".log").toFile();
        long logStart = log.length();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        process = builder.start();
        long deadline = System.nanoTime() + BOOT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(id + " exited with " + process.exitValue() + " during start-up: see " + log);
            }
            if (bareReady != null) {
                if (logSince(log, logStart).contains(bareReady)) {
                    return this;
                }
            } else {
                try {
                    if (get("/actuator/health", null).statusCode() == 200) {
                        return this;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(id + " not healthy within " + BOOT.toMinutes() + " min: see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no unlocking of jobs, open transactions die with the process. */
    int kill() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(id + " survived kill -9");
        }
        return process.exitValue();
    }

    /** A normal shutdown (SIGTERM), as an operator stops a node. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user);
    }

    HttpResponse<String> put(String path, String user, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) { // demo organisation: the password is the user id
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public String toString() {
        return id + " (port " + port + ")";
    }

    /** What the node wrote to its log from byte {@code from} on. */
    private static String logSince(File log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log.toPath());
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }

    /** The test classpath: the application, its libraries and the test classes (the bare node's). */
    static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** The test classpath without the test classes: the application and its libraries. */
    static String applicationClasspath() {
        return Arrays.stream(testClasspath().split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("target/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
