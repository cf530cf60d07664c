package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.Kpis;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmark behind docs/performance.md, not a unit test: it is tagged {@code benchmark} and
 * runs only through {@code docs/tools/benchmark.sh} (H2 or MariaDB). It takes repair orders through
 * the whole happy path on the real engine (front-door validation, order number, process start,
 * dispatch given, contact, on site, repair, feedback, callback) and times each step and the reads
 * that managers make (an order's view, the month's statement, a quarter of KPIs). The only
 * assertion is that every order really closed: the figures go to target/benchmark/report.md.
 */
@OpsFlowSpringBootTest
@Tag("benchmark")
@TestPropertySource(properties = AsShipped.MAIL)
class WorkOrderBenchmarkTest {

    private static final int ORDERS = Integer.getInteger("benchmark.orders", 300);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkOrders workOrders;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    Kpis kpis;

    private final List<String> report = new ArrayList<>();

    @Test
    void repairOrdersThroughTheHappyPath() throws IOException {
        List<OrderCreated> orders = new ArrayList<>();
        String[] engineers = {"eng-east-1", "eng-east-2", "eng-east-3"};
        time("create (validate, number, start, dispatch)", () -> {
            for (int i = 0; i < ORDERS; i++) {
                orders.add(workOrders.create(new NewWorkOrder("REPAIR", "壓測用戶" + i, "13800138000", "東區測試路" + i + "號",
                        "east", "PHONE", "無法上網", engineers[i % engineers.length], null, null), "cs-1"));
            }
        });
        step(orders, "contact the user (R-WO-1)", WorkOrderProcess.CONTACT, Map.of("contactNote", "已約定"));
        step(orders, "arrive on site (R-WO-4)", WorkOrderProcess.ARRIVE, Map.of());
        step(orders, "repair", WorkOrderProcess.REPAIR, Map.of("solved", true, "repairNote", "更換光貓"));
        step(orders, "feedback (R-WO-7)", WorkOrderProcess.FEEDBACK, Map.of("feedback", "已恢復"));
        step(orders, "callback", WorkOrderProcess.CALLBACK_TASK, Map.of("satisfaction", 5L, "complaint", false));
        // the callback's postings are asynchronous continuations: the job executor's share of the work
        time("callback jobs (async postings, order closed)", () -> managementService.createJobQuery().executable().list()
                .forEach(job -> managementService.executeJob(job.getId())));

        long closed = orders.stream().filter(o -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(o.processInstanceId()).finished().count() == 1).count();
        assertThat(closed).isEqualTo(ORDERS);

        int reads = Math.min(ORDERS, 100);
        time("read an order's view x" + reads, () -> orders.subList(0, reads).forEach(o -> workOrders.find(o.orderNo())));
        time("appraisal statement of this month", () -> ledger.statement(YearMonth.now(ZONE)));
        LocalDate today = LocalDate.now(ZONE);
        time("KPI report of the last quarter", () -> kpis.report(new KpiQuery(today.minusDays(90), today, null, null, null,
                null, null)));
        write();
    }

    private void step(List<OrderCreated> orders, String name, String taskKey, Map<String, Object> variables) {
        time(name, () -> orders.forEach(order -> {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(order.orderNo())
                    .taskDefinitionKey(taskKey).singleResult();
            taskService.complete(task.getId(), variables);
        }));
    }

    private void time(String name, Runnable work) {
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean perOrder = !name.startsWith("read") && !name.startsWith("appraisal") && !name.startsWith("KPI");
        String rate = perOrder ? String.format("%.1f orders/s", ORDERS / seconds) : "";
        report.add(String.format("| %s | %.2f s | %s |", name, seconds, rate));
    }

    private void write() throws IOException {
        String db = System.getProperty("opsflow.test.db", "h2");
        List<String> lines = new ArrayList<>(List.of("# Benchmark: " + ORDERS + " repair orders on " + db, "",
                "| step | time | rate |", "|---|---|---|"));
        lines.addAll(report);
        Path out = Path.of("target", "benchmark", "report-" + db + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
        Consumer<String> console = s -> System.err.println("[benchmark] " + s);
        lines.forEach(console);
    }
}
