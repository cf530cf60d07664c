package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.identity.Organisation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attendance as a new colleague meets it on {@code /attendance/}: no absence before the first
 * working day, and a sign-in in the evening recorded as overtime rather than refused (R-AT-2).
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class AttendanceE2ETest extends BrowserTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String NEWCOMER = "eng-new-e2e";

    @Autowired
    IdentityService identityService;
    @Autowired
    Organisation organisation;

    @AfterEach
    void cleanUp() {
        identityService.deleteMembership(NEWCOMER, "engineer");
        identityService.deleteUser(NEWCOMER);
    }

    @Test
    void aNewcomerHasNoAbsenceBeforeTheStartDateAndAnEveningSignInIsOvertime_R_AT_2() {
        // an engineer whose first working day is Thursday 17 April, signing in that evening at 19:30
        LocalDate firstDay = LocalDate.parse("2031-04-17");
        User user = identityService.newUser(NEWCOMER);
        user.setFirstName("陳新來");
        user.setLastName("");
        user.setPassword(NEWCOMER);
        identityService.saveUser(user);
        identityService.createMembership(NEWCOMER, "engineer");
        organisation.addStaff(NEWCOMER, null, null, null, firstDay);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2031-04-17T19:30:00").atZone(SHANGHAI).toInstant()));

        browser.open("/attendance/");
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? true : null);
        webapps.logIn(NEWCOMER, NEWCOMER);
        browser.showing(By.id("who"), "陳新來");

        // the month lists working days from the first day only: nothing before it, so no 曠工 for it
        browser.showing(By.id("month"), "2031-04");
        List<String> days = browser.waitFor(d -> {
            List<String> rows = browser.texts(By.cssSelector("#days tr"));
            return rows.isEmpty() ? null : rows;
        });
        assertThat(days).hasSize(1).allMatch(row -> row.startsWith("04-17"));
        // the first day itself was missed (both periods over at 19:30): 1 day, not the 12 working days before it
        assertThat(browser.visible(By.xpath("//dl[@id='summary']//dt[.='曠工天數']/following-sibling::dd")).getText())
                .isEqualTo("1.0");

        // after hours: recorded as overtime, listed under 非上班時間簽到
        browser.click(By.id("sign-in"));
        browser.showing(By.id("message"), "非上班時間簽到已記錄（加班）");
        browser.showing(By.id("off-hours"), "2031-04-17 19:30:00");
        browser.showing(By.id("off-hours"), "加班");
        browser.showing(By.id("off-hours-title"), "非上班時間簽到");
        browser.screenshot("e2e-47-attendance-newcomer-overtime");

        // and back to Tasklist from the page's bar, signed in already
        browser.click(By.cssSelector("#opsflow-bar a[data-opsflow-link='tasklist']"));
        browser.showing(By.cssSelector(".opsflow-links"), "考勤簽到");
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/").doesNotContain("/login");
    }
}
