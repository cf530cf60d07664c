package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario 1 of docs/e2e.md rehearsed on a stand-in repair process ({@code src/test/resources/e2e}):
 * customer service starts an order with the start form, the engineer finds it in the group's
 * filter with order number and customer, claims it, is refused with a required field empty,
 * completes it, and the ops manager sees in Cockpit where the instance waits. The same steps run
 * against the real work-order process once it is on main (docs/e2e.md).
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class RehearsalE2ETest extends BrowserTest {

    static final String PROCESS = "演練：報修派單";
    static final String DEPLOYMENT = "e2e-rehearsal";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void deployTheRehearsalModel() {
        // a rehearsal model of the tests, not of bpmn/: deployed without the deployment lint
        com.opsflow.modeler.UncheckedDeployment.call(() -> repositoryService.createDeployment().name(DEPLOYMENT)
                .addClasspathResource("e2e/rehearsal-repair.bpmn")
                .addClasspathResource("e2e/rehearsal-repair-start.form")
                .addClasspathResource("e2e/rehearsal-repair-task.form")
                .deploy());
    }

    @AfterEach
    void undeployTheRehearsalModel() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void anOrderGoesFromCustomerServiceToTheEngineerAndShowsInCockpit() {
        String order = "WO-E2E-" + System.currentTimeMillis() % 100000;
        String taskName = "報修 " + order + "：陳大文";

        webapps.logIntoTasklist("cs-1");
        tasklist.startProcess(PROCESS, Map.of("工單編號", order, "客戶", "陳大文", "故障描述", "光貓無法連線"));
        browser.screenshot("10-repair-started-by-cs-1");

        webapps.logIntoTasklist("eng-east-1");
        tasklist.openFilter("運維人員的待辦");
        // the list shows order number and customer (task name), the process and the deadline (due in 4 hours)
        assertThat(tasklist.taskInList(taskName).getText()).contains(PROCESS).containsPattern("到期 [34] 小時後");
        tasklist.openTask(taskName);
        assertThat(tasklist.fieldValue("工單編號")).isEqualTo(order);
        assertThat(tasklist.fieldValue("客戶")).isEqualTo("陳大文");
        browser.screenshot("11-engineer-sees-the-order");

        tasklist.claim("王小明");
        tasklist.clickComplete();
        // Tasklist refuses in Chinese; the message under the field comes from form-js, which has no
        // locale files of its own (docs/e2e.md)
        tasklist.notification("送出任務表單時發生錯誤");
        assertThat(tasklist.validationMessage("處理結果")).isEqualTo("此欄位為必填。");
        browser.screenshot("12-required-field-refused");
        assertThat(taskService.createTaskQuery().taskName(taskName).count()).as("the task is not completed").isOne();

        tasklist.dismissNotifications();
        tasklist.fill(Map.of("處理結果", "更換光貓，已恢復連線"));
        tasklist.complete(taskName);
        assertThat(taskService.createTaskQuery().taskName(taskName).count()).isZero();

        cockpit.logIn("ops-mgr");
        assertThat(cockpit.runningInstancesAt(PROCESS, "Task_Callback")).isEqualTo("1");
        browser.showing(org.openqa.selenium.By.cssSelector("body"), "流程實例");
        browser.screenshot("13-ops-manager-sees-the-instance-in-cockpit");
    }
}
