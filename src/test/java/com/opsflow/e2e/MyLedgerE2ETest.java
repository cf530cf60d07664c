package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import com.opsflow.notification.Notifier;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 我的帳本 ({@code /me}) in a real browser: the person's entry and in-app notice, an appeal filed
 * from the page (refused without a reason, R-AP-6) and followed there, notices marked read.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class MyLedgerE2ETest extends BrowserTest {

    @Autowired
    Appraisal appraisal;
    @Autowired
    Notifier notifier;

    @Test
    void anEngineerReadsANoticeAndAppealsAnEntryOnMyLedger_R_AP_6() {
        Instant now = Instant.now();
        LedgerEntry entry = appraisal.post(Breach.points("eng-west-2", new BigDecimal("0.5"), "R-WO-4", "逾時到達現場",
                Source.manual(), now, "system", "e2e-me-" + now.toEpochMilli()));
        notifier.notify("eng-west-2", "已升級：報修 WO-E2E-" + now.toEpochMilli() % 1000, "請於今日內處理");

        browser.open("/me");
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? true : null);
        webapps.logIn("eng-west-2", "eng-west-2");
        browser.showing(By.id("person"), "蔡宗翰");
        By mine = By.cssSelector("#entries li[data-entry-id='" + entry.id() + "']");
        assertThat(browser.showing(mine, "逾時到達現場").getText()).contains("扣 0.5 分", "R-WO-4");
        // the in-app notice beside e-mail, unread
        browser.showing(By.id("notices"), "已升級：報修 WO-E2E-");
        browser.showing(By.id("unread"), "則未讀");

        // 申訴 on the entry: without a reason refused with the reason why
        browser.click(By.cssSelector("#entries li[data-entry-id='" + entry.id() + "'] button.appeal-button"));
        browser.showing(By.id("appeal-entry"), "R-WO-4");
        browser.click(By.id("appeal-submit"));
        browser.showing(By.id("appeal-message"), "請填寫申訴理由");
        browser.visible(By.id("appeal-reason")).sendKeys("當日暴雨封路，已向站長報備");
        browser.click(By.id("appeal-submit"));
        browser.showing(By.id("appeal-message"), "申訴已提出");
        assertThat(browser.showing(By.id("appeals"), "審理中").getText()).contains("R-WO-4", "當日暴雨封路，已向站長報備");
        assertThat(browser.driver().findElements(By.cssSelector(
                "#entries li[data-entry-id='" + entry.id() + "'] button.appeal-button"))).as("no second appeal").isEmpty();
        browser.screenshot("e2e-48-my-ledger-appeal");

        // notices read: the badge goes
        browser.click(By.id("read-all"));
        browser.waitFor(d -> d.findElement(By.id("unread")).isDisplayed() ? null : true);
    }
}
