package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The KPI dashboard renders in a real browser with data. Two repair orders of yesterday
 * are taken through the work-order API and completed (no task is left behind for other tests);
 * the ops manager logs in, opens /dashboard with the period in the URL, sees the tiles and the
 * charts, and drills down into an engineer's orders. Run with {@code ./mvnw verify -Pe2e}.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class DashboardE2ETest extends BrowserTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkOrders workOrders;
    @Autowired
    TaskService tasks;

    @Test
    void theOpsManagerSeesTheDashboardWithDataAndDrillsDownToAnEngineer() {
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        Instant nine = yesterday.atTime(9, 0).atZone(ZONE).toInstant();
        repairOrder(nine, Duration.ofMinutes(5), 5);
        repairOrder(nine.plus(Duration.ofHours(2)), Duration.ofMinutes(8), 4);
        ClockUtil.reset();

        webapps.signIn("ops-mgr");
        browser.open("/dashboard?from=" + yesterday + "&to=" + yesterday + "&station=east");

        browser.showing(By.id("period"), yesterday + " 至 " + yesterday);
        browser.showing(By.cssSelector(".tile"), "受理工單");
        browser.showing(By.cssSelector("#engineers tbody tr"), "eng-east-1");
        // ECharts drew into its canvases (no script error stopped the page)
        assertThat(((Number) browser.script("return document.querySelectorAll('#trendChart canvas, #gaugeChart canvas').length"))
                .intValue()).isGreaterThanOrEqualTo(2);
        assertThat(browser.texts(By.cssSelector(".tile .value")).get(0)).isEqualTo("2");
        browser.screenshot("dashboard-01-ops-manager");

        browser.click(By.cssSelector("#engineers tbody tr"));
        browser.showing(By.id("drillTitle"), "eng-east-1");
        Integer drilled = browser.waitFor(d -> {
            int rows = d.findElements(By.cssSelector("#drillOrders tbody tr")).size();
            return rows == 2 ? rows : null;
        });
        assertThat(drilled).isEqualTo(2);
        // times in the department's zone, whatever the browser's
        browser.showing(By.cssSelector("#drillOrders tbody tr"), "09:00");
        browser.screenshot("dashboard-02-drill-down");
    }

    /** A repair of east, dispatched at once to eng-east-1, completed step by step with the engine clock. */
    private void repairOrder(Instant at, Duration contactAfter, int satisfaction) {
        ClockUtil.setCurrentTime(Date.from(at));
        String orderNo = workOrders.create(new NewWorkOrder("REPAIR", "陳大文", "13800138000", "東區中山路 1 號", "east",
                "PHONE", "寬頻斷線", "eng-east-1", null, null), "cs-1").orderNo();
        Instant t = at.plus(contactAfter);
        complete(orderNo, WorkOrderProcess.CONTACT, t, Map.of(WorkOrderProcess.VAR_APPOINTMENT, Date.from(t.plus(Duration.ofMinutes(20)))));
        complete(orderNo, WorkOrderProcess.ARRIVE, t = t.plus(Duration.ofMinutes(30)), Map.of());
        complete(orderNo, WorkOrderProcess.REPAIR, t = t.plus(Duration.ofMinutes(30)),
                Map.of(WorkOrderProcess.VAR_SOLVED, true, WorkOrderProcess.VAR_REPAIR_NOTE, "已修復"));
        complete(orderNo, WorkOrderProcess.FEEDBACK, t = t.plus(Duration.ofMinutes(10)),
                Map.of(WorkOrderProcess.VAR_FEEDBACK, "已排除"));
        complete(orderNo, WorkOrderProcess.CALLBACK_TASK, t.plus(Duration.ofHours(2)),
                Map.of(WorkOrderProcess.VAR_SATISFACTION, satisfaction, WorkOrderProcess.VAR_COMPLAINT, false));
    }

    private void complete(String orderNo, String taskKey, Instant at, Map<String, Object> variables) {
        ClockUtil.setCurrentTime(Date.from(at));
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(orderNo).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " of " + orderNo).isNotNull();
        tasks.complete(task.getId(), variables);
    }
}
