package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appeal.Appeals;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrders;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** an appeal decided in Cockpit, and a late order's timeline. */
@Tag("e2e")
@OpsFlowSpringBootTest
class CockpitAppealsAndOrdersE2ETest extends BrowserTest {

    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    Appeals appeals;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void anAppealUpheldInCockpitPostsTheReversalWithTheAppealsReason() {
        String reason = "客戶臨時改約 " + System.currentTimeMillis() % 100000;
        LedgerEntry entry = appraisal.post(Breach.points("eng-east-3", new BigDecimal("0.5"), "R-WO-4", "逾時上門",
                Source.manual(), Instant.now(), "system", "e2e-appeal-" + System.nanoTime()));
        appeals.file(entry.id(), reason, "eng-east-3");

        cockpit.logIn("ops-mgr");
        cockpit.openMyDecisions();
        WebElement row = cockpit.decisionRow("張家豪", reason);
        assertThat(row.getText()).contains("考核申訴", "審理申訴", "R-WO-4");
        browser.screenshot("59-appeal-in-my-decisions");
        cockpit.decide(row, "改約有客服記錄，成立", "申訴成立（沖銷）");
        assertThat(cockpit.decisionNotice()).contains("申訴成立");
        browser.screenshot("55-appeal-upheld-in-cockpit");

        LedgerEntry reversal = ledger.entries("eng-east-3", null, null).stream()
                .filter(e -> e.reversalOf() != null && e.reversalOf() == entry.id()).findFirst().orElseThrow();
        assertThat(reversal.reason()).isEqualTo("申訴成立：" + reason);
        assertThat(reversal.postedBy()).isEqualTo("ops-mgr");
    }

    @Test
    void theTimelineOfALateOrderShowsItsTenMinuteEscalation_R_WO_1() {
        Instant t0 = Instant.now().minus(Duration.ofMinutes(30));
        ClockUtil.setCurrentTime(Date.from(t0));
        OrderCreated order = workOrders.create(new NewWorkOrder("REPAIR", "陳大文", "13800138000", "東區中山路 1 號", "east",
                "PHONE", "寬頻斷線", "eng-east-2", null, null), "cs-1");
        // R-WO-1: no contact within 10 minutes; the job executor (off in tests) would fire the timer now
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(10)).plusSeconds(2)));
        executeDueJobs(order.processInstanceId());
        ClockUtil.reset();

        cockpit.logIn("ops-mgr");
        List<String> rows = cockpit.orderTimeline(order.orderNo());
        assertThat(String.join("\n", rows)).contains("時限：聯系用戶（R-WO-1）", "已逾時", "升級：逾時未聯系",
                "R-WO-4", "李大偉");
        browser.screenshot("56-order-timeline-escalation");

        // the dashboard lists the order at risk: deadline passed, who holds it
        cockpit.openMyDecisions();
        WebElement atRisk = browser.showing(By.cssSelector(".opsflow-orders-at-risk tbody tr"), order.orderNo());
        assertThat(atRisk.getText()).contains("已逾時", "聯系用戶", "李大偉");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", atRisk);
        browser.screenshot("57-orders-at-risk");

        // and the order's own page in Cockpit has the OpsFlow tab
        cockpit.open("#/process-instance/" + order.processInstanceId() + "/runtime",
                By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='工單時間軸']"));
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='工單時間軸']"));
        browser.showing(By.cssSelector(".opsflow-timeline"), "升級：逾時未聯系");
        browser.screenshot("58-order-tab-in-cockpit");
    }

    private void executeDueJobs(String root) {
        List<String> instances = new java.util.ArrayList<>(List.of(root));
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).list().forEach(p -> instances.add(p.getId()));
        for (String id : instances) {
            for (Job job : managementService.createJobQuery().processInstanceId(id).executable().list()) {
                managementService.executeJob(job.getId());
            }
        }
    }
}
