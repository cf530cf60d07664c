package com.opsflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.Source;
import com.opsflow.notification.Notifier;
import com.opsflow.platform.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** my ledger {@code /me} and the links between the pages, for the signed-in person only. */
@OpsFlowSpringBootTest
class MyLedgerBootTest {

    @LocalServerPort
    int port;
    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    Notifier notifier;
    @Autowired
    ObjectMapper json;

    @Test
    void myLedgerShowsMyPointsTheThresholdsLeftMyEntriesAndMyNotices() throws Exception {
        Instant now = Instant.now();
        var posted = appraisal.post(Breach.points("tech-1", new BigDecimal("0.5"), "R-WO-6", "逾時未轉技術支援",
                Source.manual(), now, "system", "me-test-" + now.toEpochMilli()));
        appraisal.post(Breach.points("cs-2", new BigDecimal("1"), "R-WO-9", "別人的記錄", Source.manual(), now, "system",
                "me-test-other-" + now.toEpochMilli()));
        notifier.notify("tech-1", "已升級：報修 WO-1", "請處理");

        WebSession browser = new WebSession(port);
        browser.signIn("tech-1", "tech-1");
        HttpResponse<String> response = browser.getJson("/me/data");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());

        assertThat(me.at("/person/name").asText()).isEqualTo("謝明哲");
        assertThat(me.at("/person/groups").toString()).contains("技術人員");
        assertThat(me.at("/standing/monthPoints").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(me.at("/standing/monthLeft").decimalValue()).isEqualByComparingTo("1.5");   // R-AP-2: 2 points
        assertThat(me.at("/standing/windowLeft").decimalValue()).isEqualByComparingTo("2.5");  // R-AP-3: 3 points
        assertThat(me.at("/standing/pointFinesRmb").decimalValue()).isEqualByComparingTo("50"); // R-AP-1
        assertThat(me.get("entries")).hasSize(1);
        assertThat(me.at("/entries/0/reason").asText()).isEqualTo("逾時未轉技術支援");
        assertThat(me.at("/entries/0/occurredAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(me.toString()).doesNotContain("別人的記錄");
        // the newest first; other tests of the shared context notify tech-1 too, some at engine times of later years
        List<String> subjects = new java.util.ArrayList<>();
        me.get("notices").forEach(n -> subjects.add(n.get("subject").asText()));
        assertThat(subjects).contains("已升級：報修 WO-1");
        assertThat(me.get("unreadNotices").asInt()).isPositive();

        // an appeal that succeeded: the entry stays, reversed, and counts no more (R-AP-6)
        ledger.reverse(posted.id(), "申訴成立：客戶改約", "ops-mgr");
        JsonNode after = json.readTree(browser.getJson("/me/data").body());
        assertThat(after.at("/entries/0/reversed").asBoolean()).isTrue();
        assertThat(after.at("/entries/0/reversalReason").asText()).contains("客戶改約");
        assertThat(after.at("/standing/monthPoints").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aStaffMemberAppealsTheirOwnEntryFromMyLedgerAndFollowsIt_R_AP_6() throws Exception {
        Instant now = Instant.now();
        var mine = appraisal.post(Breach.points("eng-west-3", new BigDecimal("0.5"), "R-WO-4", "逾時到達現場",
                Source.manual(), now, "system", "me-appeal-" + now.toEpochMilli()));
        var theirs = appraisal.post(Breach.points("eng-west-2", new BigDecimal("0.5"), "R-WO-4", "別人的扣分",
                Source.manual(), now, "system", "me-appeal-other-" + now.toEpochMilli()));
        WebSession browser = new WebSession(port);
        browser.signIn("eng-west-3", "eng-west-3");
        JsonNode csrf = json.readTree(browser.getJson("/me/nav").body()).get("csrf");
        String header = csrf.get("headerName").asText();
        String token = csrf.get("token").asText();
        JsonNode before = json.readTree(browser.getJson("/me/data").body());
        assertThat(entry(before, mine.id()).get("appealable").asBoolean()).isTrue();

        // no reason, someone else's entry: refused with the reason in Chinese, nothing filed
        HttpResponse<String> noReason = browser.postJson("/me/entries/" + mine.id() + "/appeal", "{\"reason\":\"  \"}",
                header, token);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noReason.body()).get("detail").asText()).contains("請填寫申訴理由");
        HttpResponse<String> notMine = browser.postJson("/me/entries/" + theirs.id() + "/appeal", "{\"reason\":\"不是我\"}",
                header, token);
        assertThat(notMine.statusCode()).isEqualTo(403);
        // (other tests of the shared context may have appeals of this person: only this entry's count)
        assertThat(json.readTree(browser.getJson("/me/data").body()).get("appeals").findValuesAsText("entryId"))
                .doesNotContain(String.valueOf(mine.id()), String.valueOf(theirs.id()));

        // filed: listed as 審理中 with the entry and the reason; the entry cannot be appealed twice
        HttpResponse<String> filed = browser.postJson("/me/entries/" + mine.id() + "/appeal",
                "{\"reason\":\"客戶改約，已提前報備\"}", header, token);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        JsonNode after = json.readTree(browser.getJson("/me/data").body());
        JsonNode appeal = null;
        for (JsonNode a : after.get("appeals")) {
            if (a.get("entryId").asLong() == mine.id()) {
                assertThat(appeal).as("one appeal of the entry").isNull();
                appeal = a;
            }
        }
        assertThat(appeal).as("the appeal is listed").isNotNull();
        assertThat(appeal.get("status").asText()).isEqualTo("審理中");
        assertThat(appeal.get("reason").asText()).isEqualTo("客戶改約，已提前報備");
        assertThat(appeal.get("entry").asText()).contains("R-WO-4", "扣 0.5 分");
        assertThat(entry(after, mine.id()).get("appealable").asBoolean()).isFalse();
        HttpResponse<String> twice = browser.postJson("/me/entries/" + mine.id() + "/appeal", "{\"reason\":\"再一次\"}",
                header, token);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json.readTree(twice.body()).get("detail").asText()).contains("申訴審理中");
    }

    private static JsonNode entry(JsonNode me, long id) {
        for (JsonNode e : me.get("entries")) {
            if (e.get("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no entry " + id + " in " + me.get("entries"));
    }

    @Test
    void theLinksDependOnWhoIsSignedIn() throws Exception {
        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-west-1", "eng-west-1");
        JsonNode links = json.readTree(engineer.getJson("/me/nav").body()).get("links");
        assertThat(links.findValuesAsText("id")).containsExactly("tasklist", "me", "attendance");

        WebSession manager = new WebSession(port);
        manager.signIn("ops-mgr", "ops-mgr");
        JsonNode nav = json.readTree(manager.getJson("/me/nav").body());
        assertThat(nav.get("name").asText()).isEqualTo("周國強");
        assertThat(nav.get("links").findValuesAsText("id")).contains("tasklist", "me", "attendance", "dashboard", "cockpit")
                .doesNotContain("admin");
        assertThat(nav.at("/csrf/token").asText()).isNotBlank();
    }

    @Test
    void myLedgerPageIsServedAtBothAddresses() {
        WebSession browser = new WebSession(port);
        browser.signIn("eng-west-1", "eng-west-1");
        assertThat(browser.get("/me").body()).contains("我的帳本", "/me/me.js", "/assets/opsflow-nav.js");
        assertThat(browser.get("/me/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/me/me.js").statusCode()).isEqualTo(200);
    }
}
