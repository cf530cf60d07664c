package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Scenario 1 of docs/e2e.md as far as the product goes today: staff log into Camunda Tasklist in a real
 * browser, the pages speak Traditional Chinese and the saved filters of their role are there.
 * Run with {@code ./mvnw verify -Pe2e}; see docs/e2e.md.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class StaffUseTasklistInChineseE2ETest extends BrowserTest {

    @Test
    void aCustomerServiceAgentLogsIntoTasklistInChineseAndFindsTheSavedFilters() {
        webapps.openLogin("tasklist");
        webapps.assertLoginPageInChinese();
        browser.screenshot("01-tasklist-login");

        webapps.logIn("cs-1", "cs-1");
        var filters = webapps.filterNames();
        browser.screenshot("02-tasklist-cs-1");

        assertThat(filters).contains("我的任務（依到期日）", "客服的待辦")
                .doesNotContain("運維人員的待辦", "逾期與升級任務");
        // the header and the task list speak Chinese too
        browser.showing(By.cssSelector("body"), "啟動流程");
        browser.showing(By.cssSelector("body"), "日期與時間以本地時區顯示");

        // the Welcome page (same session) lists her applications in Chinese
        browser.open("/camunda/app/welcome/default/");
        browser.showing(By.cssSelector("body"), "應用程式");
        browser.showing(By.cssSelector("body"), "任務清單");
        browser.screenshot("03-welcome-cs-1");
    }

    @Test
    void theOpsManagerFindsOverdueAndEscalatedTasksFirst() {
        webapps.logIntoTasklist("ops-mgr");

        assertThat(webapps.filterNames()).containsExactly("逾期與升級任務", "我的任務（依到期日）", "運營部經理的待辦");
        browser.screenshot("04-tasklist-ops-mgr");
    }
}
