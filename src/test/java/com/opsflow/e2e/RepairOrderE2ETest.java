package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario 1 of docs/e2e.md on the real repair process (bpmn/workorder/repair.bpmn): customer service
 * takes a repair with the start form and dispatches it (claiming the 派單 task of their group),
 * the engineer finds 聯系用戶 with order number, customer and the 10-minute deadline (R-WO-1), is
 * refused with the required appointment empty, completes it, and the ops manager sees in Cockpit
 * that the order waits at 到達現場.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class RepairOrderE2ETest extends BrowserTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void customerServiceDispatchesARepairTheEngineerContactsTheUserAndTheOpsManagerSeesItInCockpit() {
        String customer = "陳大文" + System.currentTimeMillis() % 10000;

        webapps.logIntoTasklist("cs-1");
        tasklist.openStartForm("報修工單");
        tasklist.fill(Map.of("客戶姓名", customer, "聯系電話", "13800138000", "地址", "東區幸福路 8 號 3 樓",
                "需求說明", "光貓無法連線"));
        tasklist.choose("區站", "東區站"); // by name, not the code
        browser.screenshot("30-repair-start-form");
        tasklist.submitStartForm();
        String orderNo = orderNumberOf(customer);

        tasklist.openFilter("客服的待辦");
        tasklist.openTask("派單", "報修工單");
        tasklist.claim("許淑芬");
        assertThat(tasklist.fieldValue("工單號")).isEqualTo(orderNo);
        tasklist.choose("工程師", "王小明"); // the engineers of the order's station, by name
        browser.screenshot("31-cs-dispatches-to-the-engineer");
        tasklist.complete("派單");

        webapps.logIntoTasklist("eng-east-1");
        tasklist.openFilter("我的任務（依到期日）");
        // the list shows the task, its process and the R-WO-1 deadline; the form the order and the customer
        assertThat(tasklist.taskInList("聯系用戶並約定上門時間", "響應時限：聯系用戶及逾期升級").getText()).containsPattern("到期 (\\d+ 分鐘|幾秒)後");
        tasklist.openTask("聯系用戶並約定上門時間", "響應時限：聯系用戶及逾期升級");
        assertThat(tasklist.fieldValue("工單號")).isEqualTo(orderNo);
        assertThat(tasklist.fieldValue("客戶")).isEqualTo(customer);
        browser.screenshot("32-engineer-sees-the-order");

        tasklist.clickComplete();
        tasklist.notification("送出任務表單時發生錯誤");
        assertThat(tasklist.validationMessage("約定上門日期")).isEqualTo("此欄位為必填。");
        browser.screenshot("33-required-appointment-refused");

        tasklist.dismissNotifications();
        tasklist.date("約定上門日期", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1));
        tasklist.time("約定上門時間", "15:00");
        tasklist.fill(Map.of("聯系記錄", "已電話聯系，用戶在家"));
        tasklist.complete("聯系用戶並約定上門時間");
        // issue 19: the form showed the order's data from the order's row; its read-only fields were
        // not written back as variables of the called process
        String root = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                .processDefinitionKey("repair").singleResult().getId();
        String response = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(root)
                .singleResult().getId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(response).list())
                .extracting(HistoricVariableInstance::getName).contains("appointment", "contactNote")
                .doesNotContain("customerName", "customerPhone", "address", "description", "contactDeadline",
                        "stationName", "orderTypeName");

        cockpit.logIn("ops-mgr");
        assertThat(cockpit.runningInstancesAt("報修工單", "UserTask_ArriveOnSite")).isEqualTo("1");
        browser.showing(By.cssSelector("table"), orderNo);
        browser.screenshot("34-ops-manager-sees-the-order-in-cockpit");
    }

    private String orderNumberOf(String customer) {
        ProcessInstance order = runtimeService.createProcessInstanceQuery().processDefinitionKey("repair")
                .variableValueEquals("customerName", customer).singleResult();
        assertThat(order).as("the repair order of %s", customer).isNotNull();
        return order.getBusinessKey();
    }
}
