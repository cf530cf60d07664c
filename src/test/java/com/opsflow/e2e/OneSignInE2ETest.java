package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * in a real browser: one Chinese sign-in for Tasklist, Cockpit and OpsFlow's pages, one
 * sign-out, the links between them, my ledger {@code /me}, the attendance page at {@code /attendance}
 * and {@code /attendance/} actually working (script and styles loaded, 簽到 acts), and Chinese
 * error pages. Run with {@code ./mvnw verify -Pe2e}; see docs/e2e.md.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class OneSignInE2ETest extends BrowserTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void anEngineerSignsInOnceForAttendanceTasklistAndMyLedgerAndSignsOutOnce() {
        // a working Monday morning, 5 minutes before the morning period (R-AT-2)
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2031-04-07T08:25:00").atZone(SHANGHAI).toInstant()));

        browser.open("/attendance");
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? true : null);
        webapps.assertLoginPageInChinese();
        browser.screenshot("e2e-40-one-sign-in-page");
        webapps.logIn("eng-east-2", "eng-east-2");

        // back on /attendance, rendered by its script (not stuck on 載入中…), styled by its CSS
        assertThat(browser.driver().getCurrentUrl()).contains("/attendance");
        browser.showing(By.id("who"), "李大偉");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.card')).borderRadius")).isNotEqualTo("0px");
        browser.click(By.id("sign-in"));
        browser.showing(By.id("message"), "上午簽到成功：08:25:00（準時）");
        browser.showing(By.cssSelector("#opsflow-bar .who"), "李大偉");
        browser.screenshot("e2e-41-attendance-signed-in");

        // the same page under /attendance/ works too
        browser.open("/attendance/");
        browser.showing(By.id("who"), "李大偉");
        browser.showing(By.cssSelector("#today-periods"), "08:25:00");

        // Tasklist opens without a second sign-in, without the Camunda 8 banner, with links to OpsFlow's pages
        browser.click(By.cssSelector("#opsflow-bar a[data-opsflow-link='tasklist']"));
        browser.visible(By.cssSelector(".task-filters"));
        WebElement ledgerLink = browser.visible(By.cssSelector(".opsflow-links a[data-opsflow-link='me']"));
        assertThat(ledgerLink.getText()).isEqualTo("我的帳本");
        assertThat(browser.texts(By.cssSelector(".opsflow-links a"))).contains("考勤簽到").doesNotContain("績效儀表板");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();
        browser.screenshot("e2e-42-tasklist-links-to-opsflow");

        // my ledger: points, thresholds left, attendance of the month, a way back to Tasklist
        browser.click(By.cssSelector(".opsflow-links a[data-opsflow-link='me']"));
        browser.showing(By.id("person"), "李大偉");
        browser.showing(By.cssSelector("#standing .tile"), "距當月上限 2 分尚餘 2 分");
        browser.showing(By.cssSelector("#standing"), "3 個月累計");
        browser.showing(By.id("attendance"), "出勤");
        assertThat(browser.visible(By.cssSelector("#opsflow-bar a[data-opsflow-link='tasklist']")).getText()).isEqualTo("任務清單");
        browser.screenshot("e2e-43-my-ledger");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.showing(By.cssSelector("#standing .tile"), "本月扣分");
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        browser.screenshot("e2e-44-my-ledger-phone");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));

        // one sign-out, from Tasklist's user menu, ends everything
        browser.open("/camunda/app/tasklist/default/");
        browser.visible(By.cssSelector(".task-filters"));
        browser.click(By.cssSelector("[cam-widget-header] .account > a, [cam-widget-header] .account .dropdown-toggle"));
        browser.click(By.cssSelector("[cam-widget-header] li.logout a"));
        browser.showing(By.cssSelector("#login"), "您已登出");
        browser.open("/me");
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? true : null);
        browser.visible(CamundaWebapps.USERNAME);
    }

    @Test
    void theOpsManagerMovesBetweenTasklistAndTheDashboard() {
        webapps.logIntoTasklist("ops-mgr");
        assertThat(browser.texts(By.cssSelector(".opsflow-links a"))).contains("我的帳本", "考勤簽到", "績效儀表板", "流程監控");
        browser.click(By.cssSelector(".opsflow-links a[data-opsflow-link='dashboard']"));
        browser.showing(By.cssSelector(".tile"), "受理工單");
        browser.showing(By.cssSelector("#opsflow-bar .who"), "周國強");
        browser.click(By.cssSelector("#opsflow-bar a[data-opsflow-link='cockpit']"));
        browser.showing(By.cssSelector("body"), "流程監控");
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/cockpit/");
    }

    @Test
    void theAdministratorSignsInOnceForAdminAndTasklist() {
        webapps.openLogin("admin");
        webapps.assertLoginPageInChinese();
        webapps.logIn("admin", "admin");
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/admin/");
        // Admin's header links to the other apps and pages; Tasklist opens without a second sign-in
        java.util.List<String> adminLinks = browser.waitFor(d -> {
            java.util.List<String> links = browser.texts(By.cssSelector(".opsflow-links a"));
            return links.isEmpty() ? null : links;
        });
        assertThat(adminLinks).contains("任務清單", "我的帳本", "流程監控");
        browser.click(By.cssSelector(".opsflow-links a[data-opsflow-link='tasklist']"));
        browser.visible(By.cssSelector(".task-filters"));
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/").doesNotContain("/login");
        assertThat(browser.texts(By.cssSelector(".opsflow-links a"))).contains("系統管理");
    }

    @Test
    void errorPagesArePagesInChineseNeverJsonOrWhitelabel() {
        webapps.logIntoTasklist("eng-east-3");

        browser.open("/dashboard");
        browser.showing(By.id("error-page"), "沒有權限");
        browser.showing(By.id("error-page"), "儀表板僅供");
        browser.screenshot("e2e-45-error-403-dashboard");

        browser.open("/camunda/app/cockpit/default/");
        browser.showing(By.id("error-page"), "沒有權限");

        browser.open("/no-such-page");
        browser.showing(By.id("error-page"), "找不到頁面");
        assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel").doesNotContain("\"status\"");
        browser.screenshot("e2e-46-error-404");
        browser.click(By.linkText("回到任務清單"));
        browser.visible(By.cssSelector(".task-filters"));
    }
}
