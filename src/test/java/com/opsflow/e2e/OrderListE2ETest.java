package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * in a real browser: customer service opens 工單查詢 from Tasklist's header, finds
 * an order by the customer's name, reads its timeline with the engineer's note and its deadlines,
 * and cancels it (the customer withdrew) with a reason: the page shows 已撤單 and the deadlines
 * ended without fines. Run with {@code ./mvnw verify -Pe2e}; see docs/e2e.md.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class OrderListE2ETest extends BrowserTest {

    @Autowired
    WorkOrders workOrders;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void customerServiceFindsAnOrderReadsItsTimelineAndCancelsIt() {
        String customer = "林美玲" + System.currentTimeMillis() % 10000;
        OrderCreated order = workOrders.create(new NewWorkOrder("REPAIR", customer, "0755-86001234", "東區幸福路 12 號 5 樓",
                "east", "PHONE", "光貓紅燈，無法上網", "eng-east-1", null, null), "cs-1");
        String response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(order.processInstanceId())
                .singleResult().getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(response)
                .taskDefinitionKey(WorkOrderProcess.CONTACT).singleResult().getId(),
                Map.of("contactNote", "用戶下午三點後在家，已約上門", "appointment", Date.from(Instant.now().plus(Duration.ofHours(4)))));

        // from Tasklist's header to the order list, one sign-in
        webapps.logIntoTasklist("cs-1");
        WebElement link = browser.visible(By.cssSelector(".opsflow-links a[data-opsflow-link='orders']"));
        assertThat(link.getText()).isEqualTo("工單查詢");
        browser.click(By.cssSelector(".opsflow-links a[data-opsflow-link='orders']"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/orders");
        // rendered by its script (the newest orders listed, stations in the picker) and styled by its CSS
        browser.showing(By.id("count"), "共");
        browser.showing(By.id("q-station"), "東區站");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.card')).borderRadius")).isNotEqualTo("0px");
        browser.showing(By.cssSelector("#opsflow-bar a.current"), "工單查詢");
        browser.showing(By.cssSelector("#opsflow-bar a[data-opsflow-link='tasklist']"), "任務清單");

        // search by the customer's name
        browser.visible(By.id("q-customer")).sendKeys(customer);
        browser.click(By.id("search-button"));
        browser.waitFor(d -> browser.texts(By.cssSelector("#results tbody tr")).size() == 1 ? true : null);
        WebElement row = browser.showing(By.cssSelector("#results tbody tr.order"), order.orderNo());
        assertThat(row.getText()).contains(customer, "報修", "進行中", "東區站", "王小明", "到達現場");
        browser.screenshot("e2e-50-order-list-search");

        // the same order by its number alone, and by phone, address, station and the day taken together
        browser.visible(By.id("q-customer")).clear();
        browser.visible(By.id("q-orderNo")).sendKeys(order.orderNo());
        forgetResults();
        browser.click(By.id("search-button"));
        browser.waitFor(d -> browser.texts(By.cssSelector("#results tbody tr.order")).size() == 1
                && browser.texts(By.cssSelector("#results tbody tr.order")).get(0).contains(order.orderNo()) ? true : null);
        browser.visible(By.id("q-orderNo")).clear();
        browser.visible(By.id("q-phone")).sendKeys("0755-86001234");
        browser.visible(By.id("q-address")).sendKeys("幸福路 12 號");
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("q-station"))).selectByVisibleText("東區站");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        browser.script("document.getElementById('q-from').value = arguments[0];"
                + " document.getElementById('q-to').value = arguments[0];", today);
        forgetResults();
        browser.click(By.id("search-button"));
        browser.showing(By.cssSelector("#results tbody tr.order"), order.orderNo());
        assertThat(browser.texts(By.cssSelector("#results tbody tr.order"))).allMatch(r -> r.contains("東區站"));

        // the order's page: facts, deadlines, the engineer's note, the timeline
        browser.click(By.linkText(order.orderNo()));
        browser.showing(By.id("detail-title"), order.orderNo());
        browser.showing(By.id("facts"), "光貓紅燈，無法上網");
        browser.showing(By.id("notes"), "聯系記錄：用戶下午三點後在家，已約上門");
        browser.showing(By.id("notes"), "王小明");
        browser.showing(By.id("deadlines"), "R-WO-1");
        browser.showing(By.id("deadlines"), "R-WO-4");
        browser.showing(By.cssSelector("#timeline li.task"), "聯系用戶並約定上門時間");
        browser.showing(By.cssSelector("#timeline li.note"), "聯系記錄");
        browser.showing(By.cssSelector("#timeline li.deadline"), "時限：到達現場（R-WO-4）");
        browser.screenshot("e2e-51-order-timeline");

        // cancel without a reason: refused with the reason why, nothing changed
        browser.click(By.id("cancel-button"));
        browser.showing(By.id("message"), "請填寫撤單原因");
        browser.showing(By.id("detail-title"), "進行中");

        // the customer withdrew: cancelled with the reason, the deadlines end without fines
        browser.visible(By.id("cancel-reason")).sendKeys("客戶來電撤回報修，已自行恢復");
        browser.click(By.id("cancel-button"));
        browser.showing(By.id("message"), "已撤單");
        browser.showing(By.id("detail-title"), "已撤單");
        browser.showing(By.id("canceled"), "客戶來電撤回報修，已自行恢復");
        browser.showing(By.id("canceled"), "許淑芬");
        browser.showing(By.id("deadlines"), "已隨撤單結束，不罰款");
        browser.showing(By.cssSelector("#timeline li.cancel"), "撤單");
        assertThat(browser.driver().findElement(By.id("cancel")).isDisplayed()).isFalse();
        browser.script("document.getElementById('detail').scrollIntoView();");
        browser.screenshot("e2e-52-order-canceled");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(order.orderNo()).count()).isZero();

        // the list finds it among the cancelled orders
        browser.click(By.id("back"));
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("q-status"))).selectByVisibleText("已撤單");
        browser.click(By.id("search-button"));
        browser.showing(By.cssSelector("#results tbody tr.order"), order.orderNo());
        assertThat(browser.showing(By.cssSelector("#results tbody tr.order"), order.orderNo()).getText()).contains("已撤單");
    }

    /** Empties the shown results, so that what shows next is the answer to the next search. */
    private void forgetResults() {
        browser.script("document.querySelector('#results tbody').replaceChildren();");
    }
}
