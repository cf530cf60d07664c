package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One weekly inspection end to end (R-MS-1, R-MS-2): the ops manager registers a site, whose
 * inspection of this week starts at once for its engineer; engineer {@code eng-west-3} finds
 * 例行巡檢 in 我的任務（依到期日） in Tasklist, reads site, week and deadline in the Camunda Form,
 * is refused with 儀器讀數 empty, answers the checklist of 巡檢記錄表 and completes it; the
 * site's records then hold the inspection with her readings.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class SiteInspectionE2ETest extends BrowserTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;

    @Test
    void anEngineerCompletesTheWeeklyInspectionInTasklistAndItIsRecordedForTheSite_R_MS_1() {
        String code = "E2E-" + System.currentTimeMillis() % 100000;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Map<String, Object> site = new HashMap<>();
        site.put("code", code);
        site.put("name", "西區二號水質監測點");
        site.put("address", "西區河濱路 6 號");
        site.put("station", "west");
        site.put("engineer", "eng-west-3");
        site.put("bureauName", "西區環境保護局");
        site.put("bureauEmail", "e2e@west-epb.opsflow.local");
        site.put("inspectionsFrom", today.toString());
        ResponseEntity<String> created = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(site), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String taskName = "例行巡檢：西區二號水質監測點";

        webapps.logIntoTasklist("eng-west-3");
        tasklist.openFilter("我的任務");
        tasklist.openTask(taskName);
        assertThat(tasklist.fieldValue("站點")).isEqualTo("西區二號水質監測點");
        assertThat(tasklist.fieldValue("週次")).isEqualTo(week);
        assertThat(tasklist.fieldValue("完成期限")).endsWith("23:59");
        browser.screenshot("40-inspection-form");

        tasklist.pick("站點運行正常穩定", "是");
        tasklist.pick("已按巡檢記錄表檢查儀器設備", "是");
        tasklist.pick("監控數據已完整上傳", "是，完整上傳");
        tasklist.pick("已做好維護和預防性檢修", "是");
        tasklist.pick("易損部件已檢查", "是");
        tasklist.pick("本次是否更換試劑", "否");
        tasklist.pick("是否發現故障", "無故障");
        tasklist.clickComplete();
        tasklist.notification("送出任務表單時發生錯誤");
        assertThat(tasklist.validationMessage("儀器讀數")).isEqualTo("此欄位為必填。");
        browser.screenshot("41-readings-required");

        tasklist.dismissNotifications();
        tasklist.fill(Map.of("儀器讀數", "pH 7.2；溶解氧 6.8 mg/L", "備註", "採水管已清洗"));
        tasklist.complete(taskName);
        browser.screenshot("42-inspection-completed");

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code + "/" + week)
                .finished().count()).isOne();
        ResponseEntity<List> records = rest.withBasicAuth("head-west", "head-west")
                .getForEntity("/api/sites/" + code + "/records?kind=INSPECTION", List.class);
        assertThat(records.getBody()).hasSize(1);
        assertThat(records.getBody().get(0).toString()).contains("recordedBy=eng-west-3", "pH 7.2；溶解氧 6.8 mg/L",
                "採水管已清洗", week + " 例行巡檢");
    }
}
