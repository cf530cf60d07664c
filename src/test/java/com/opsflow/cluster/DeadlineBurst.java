package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.benchmark.BareFlow;
import com.opsflow.benchmark.Percentile;
import com.opsflow.workorder.ConcurrentRepairOrders;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Repair orders taken on OpsFlow nodes whose contact deadlines (R-WO-1) fall due together: either the way a
 * department's do after an outage (the deadlines' timers suspended while the orders are taken, with the
 * engine's job-definition suspension as Cockpit offers it, and activated together once every contact
 * deadline has passed) or by moving their due dates to one instant. What {@link ClusterTest} and
 * {@link TwoNodeDeadlineBenchmarkTest} share: taking the orders through the REST front door, making the
 * deadlines due together, and reading back how late each first escalation (its R-WO-4 deduction) ended and
 * which node ran the jobs.
 */
final class DeadlineBurst {

    static final String RESPONSE_DEADLINE = "response-deadline";
    static final String DEDUCT_LATE_CONTACT = "ServiceTask_DeductLateContact";
    static final String CONTACT_OVERDUE = "BoundaryEvent_ContactOverdue";

    private final ClusterDatabase db;
    private final int clientsPerNode;
    private final ObjectMapper json = new ObjectMapper();

    record Created(String orderNo, String processInstanceId, String node) {
    }

    DeadlineBurst(ClusterDatabase db, int clientsPerNode) {
        this.db = db;
        this.clientsPerNode = clientsPerNode;
    }

    /** Orders taken through the REST front door of the nodes, by {@code clientsPerNode} clients each: number → instance. */
    Map<String, String> create(int count, List<OpsFlowNode> nodes) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(clientsPerNode * nodes.size());
        try {
            List<Future<Created>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                OpsFlowNode node = nodes.get(i % nodes.size());
                String body = order(i, "無法上網");
                futures.add(clients.submit(() -> createOne(node, body)));
            }
            Map<String, String> mine = new LinkedHashMap<>();
            for (Future<Created> f : futures) {
                Created c = f.get();
                mine.put(c.orderNo(), c.processInstanceId());
            }
            assertThat(mine).hasSize(count);
            return mine;
        } finally {
            clients.shutdownNow();
        }
    }

    /** One order; a 503 of the busy front door is sent again after its Retry-After, as a client must. */
    private Created createOne(OpsFlowNode node, String body) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            HttpResponse<String> response = node.post("/api/work-orders", "cs-1", body);
            if (response.statusCode() == 201) {
                return created(response, node);
            }
            if (response.statusCode() != 503) {
                throw new IllegalStateException(node.id + " answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(node.id + " busy 50 times in a row");
    }

    /** The order a 201 answer of {@code POST /api/work-orders} names. */
    Created created(HttpResponse<String> response, OpsFlowNode node) throws Exception {
        JsonNode created = json.readTree(response.body());
        return new Created(created.path("orderNo").asText(), created.path("processInstanceId").asText(), node.id);
    }

    /** The i-th repair order's body: one of the demo stations and its engineers in turn. */
    static String order(int i, String problem) {
        String station = ConcurrentRepairOrders.station(i);
        String engineer = ConcurrentRepairOrders.engineer(i);
        return """
                {"type":"REPAIR","customerName":"叢集客戶%d","customerPhone":"13800138000","address":"%s 幸福路 %d 號",
                 "station":"%s","channel":"PHONE","description":"%s","engineer":"%s"}""".formatted(i, station, i, station,
                problem, engineer);
    }

    /** Suspends (or activates) the work-order deadlines with their jobs, through the engine REST API of {@code node} as admin. */
    static void suspendDeadlines(OpsFlowNode node, boolean suspended) throws Exception {
        HttpResponse<String> response = node.put("/engine-rest/job-definition/suspended", "admin",
                "{\"processDefinitionKey\":\"" + RESPONSE_DEADLINE + "\",\"suspended\":" + suspended
                        + ",\"includeJobs\":true}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /**
     * Makes the contact deadlines (R-WO-1) of {@code responses} fall due together at {@code at}, a whole second
     * before any of them is due: their timers' due date, in one update of the engine's job table (what Cockpit's
     * "change due date" of a job writes, for all of them at once). Unlike activating suspended deadlines, no
     * command runs on a node at that instant: each node's job executor finds them due, as it finds any deadline.
     * Returns how many timers were moved.
     */
    int contactDeadlinesDueAt(Set<String> responses, Instant at) {
        return db.updateIn("update ACT_RU_JOB set DUEDATE_ = ? where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF"
                + " where ACT_ID_ = '" + CONTACT_OVERDUE + "') and PROCESS_INSTANCE_ID_ in (%s)", Timestamp.from(at),
                responses);
    }

    /**
     * Suspends the job definition of what follows the R-WO-4 deduction (its asyncAfter continuation: notices,
     * 通知運營部經理), through the engine REST API of {@code node} as admin, so that every follow-up job created
     * from then on is created suspended and the burst's deductions run alone. Returns how many job definitions.
     */
    int holdFollowUps(OpsFlowNode node) throws Exception {
        List<String> definitions = db.column("select ID_ from ACT_RU_JOBDEF where ACT_ID_ = '" + DEDUCT_LATE_CONTACT + "'");
        for (String id : definitions) {
            HttpResponse<String> response = node.put("/engine-rest/job-definition/" + id + "/suspended", "admin",
                    "{\"suspended\":true,\"includeJobs\":false}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        }
        return definitions.size();
    }

    /** The response deadlines the orders {@code roots} called. */
    Set<String> responsesOf(Collection<String> roots) {
        return db.rowsIn("select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = '" + RESPONSE_DEADLINE
                + "' and SUPER_PROCESS_INSTANCE_ID_ in (%s)", roots).stream().map(r -> (String) r.get("ID_"))
                .collect(Collectors.toSet());
    }

    /** The bare flow's response deadlines in the database, all of them (the bare nodes' {@code BareCamundaNode}). */
    Set<String> bareResponses() {
        return Set.copyOf(db.column("select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = '" + BareFlow.RESPONSE_DEADLINE + "'"));
    }

    /** How many first escalations of the response deadlines have ended (OpsFlow's: its R-WO-4 deduction; the bare flow's no-op). */
    long escalated(Set<String> responses) {
        return db.countIn("select count(*) from ACT_HI_ACTINST where ACT_ID_ = '" + DEDUCT_LATE_CONTACT
                + "' and END_TIME_ is not null and PROC_INST_ID_ in (%s)", responses);
    }

    /** Milliseconds from {@code due} to the end of each R-WO-4 deduction of the response deadlines, sorted. */
    List<Long> latenessMillis(Set<String> responses, Instant due) {
        return db.rowsIn("select END_TIME_ t from ACT_HI_ACTINST where ACT_ID_ = '" + DEDUCT_LATE_CONTACT
                + "' and END_TIME_ is not null and PROC_INST_ID_ in (%s)", responses).stream()
                .map(r -> Duration.between(due, toInstant(r.get("t"))).toMillis()).sorted().toList();
    }

    /**
     * How long after the deadlines fell due together (the moment they were resumed) each first escalation's
     * R-WO-4 deduction ended: measured, not asserted (docs/performance.md, issue 19). MariaDB keeps whole seconds.
     */
    String lateness(Set<String> responses, Instant due) {
        List<Long> millis = latenessMillis(responses, due);
        if (millis.isEmpty()) {
            return "no R-WO-4 deduction ended";
        }
        return millis.size() + " R-WO-4 deductions (first escalations) ended p50 " + Percentile.seconds(millis, 50) + ", p95 "
                + Percentile.seconds(millis, 95) + ", p99 " + Percentile.seconds(millis, 99) + ", max " + Percentile.seconds(millis, 100)
                + " after the deadlines fell due together";
    }

    /** Jobs done (job log: successful) per node for the instances, from {@code since} on (null: all). */
    Map<String, Long> jobsPerNode(Set<String> instances, Instant since) {
        Map<String, Long> perNode = new TreeMap<>();
        db.rowsIn("select HOSTNAME_ h, TIMESTAMP_ t from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and PROCESS_INSTANCE_ID_ in (%s)",
                instances).forEach(r -> {
                    if (since == null || !toInstant(r.get("t")).isBefore(since.minusSeconds(1))) {
                        perNode.merge(String.valueOf(r.get("h")), 1L, Long::sum);
                    }
                });
        return perNode;
    }

    static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value);
    }
}
