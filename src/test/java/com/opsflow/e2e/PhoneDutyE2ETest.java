package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.LedgerEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-AP-5 in Tasklist: customer-service agent {@code cs-2} reports from the start form 組長以上人員電話聯系不上
 * that the group leader could not be reached last night; the leader's superior (the bureau head in
 * the demo organisation) confirms it in Tasklist, and the 100 RMB fine is in the ledger.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class PhoneDutyE2ETest extends BrowserTest {

    @Autowired
    AppraisalLedger ledger;

    @Test
    void customerServiceReportsTheUnreachableGroupLeaderAndTheSuperiorConfirms_R_AP_5() {
        String how = "撥打 13900000001 三次，關機 " + System.currentTimeMillis() % 100000;
        List<LedgerEntry> before = ledger.entries("leader-1", null, null);

        webapps.logIntoTasklist("cs-2");
        tasklist.openStartForm("組長以上人員電話聯系不上");
        tasklist.fill(Map.of("聯系不上的人員 (帳號)", "leader-1", "如何聯系", how));
        tasklist.date("撥打日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        tasklist.time("撥打時間", "21:00");
        browser.screenshot("phone-duty-01-report");
        tasklist.submitStartForm();

        webapps.logIntoTasklist("bureau-1");
        tasklist.openFilter("我的任務（依到期日）");
        tasklist.openTask("上級確認：電話聯系不上");
        assertThat(tasklist.fieldValue("被報告人")).isEqualTo("郭志偉");
        assertThat(tasklist.fieldValue("如何聯系")).isEqualTo(how);
        tasklist.pick("是否屬實", "屬實：依 R-AP-5 罰款");
        tasklist.fill(Map.of("確認意見", "已核實"));
        browser.screenshot("phone-duty-02-confirm");
        tasklist.complete("上級確認：電話聯系不上");

        List<LedgerEntry> fines = ledger.entries("leader-1", null, null).stream()
                .filter(e -> !before.contains(e) && "R-AP-5".equals(e.rule())).toList();
        assertThat(fines).singleElement().satisfies(f -> {
            assertThat(f.amountRmb()).isEqualByComparingTo("100");
            assertThat(f.reason()).contains(how, "高文淵");
        });
    }
}
