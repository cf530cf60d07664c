package com.opsflow.e2e;

import com.opsflow.OpsFlowSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The dashboard's staff sections render in a real browser on the demo organisation: under K-4 the
 * staff without a signed confidentiality agreement (R-SE-4), K-5 the certificates about to expire
 * and each engineer's qualifications and training; a station head sees their station only.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class StaffDashboardE2ETest extends BrowserTest {

    @Test
    void theOpsManagerSeesWhoHasNotSignedTheAgreementAndTheCertificatesAboutToExpire_R_SE_4_K_5() {
        webapps.signIn("ops-mgr");
        browser.open("/dashboard");

        browser.showing(By.cssSelector("#withoutAgreement tbody tr"), "謝明哲");
        browser.showing(By.id("withoutAgreementCount"), "未簽署保密協議");
        browser.showing(By.cssSelector("#certificatesDue tbody tr"), "王小明");
        browser.showing(By.cssSelector("#certificatesDue tbody tr"), "即將到期");
        browser.showing(By.cssSelector("#development tbody tr"), "王小明");
        browser.showing(By.id("developmentSummary"), "持有效證書");
        browser.screenshot("dashboard-03-staff-sections");
    }

    @Test
    void aStationHeadSeesTheirStationsStaffOnly_K_5() {
        webapps.signIn("head-west");
        browser.open("/dashboard");

        browser.showing(By.cssSelector("#development tbody tr"), "劉文彬");
        browser.showing(By.cssSelector("#withoutAgreement tbody tr"), "無");
        org.assertj.core.api.Assertions.assertThat(browser.texts(By.cssSelector("#development tbody tr")))
                .noneMatch(t -> t.contains("王小明"));
    }
}
