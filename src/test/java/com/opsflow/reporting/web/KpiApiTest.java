package com.opsflow.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import com.opsflow.workorder.WorkOrderProcess;
import java.math.BigDecimal;
import java.time.Instant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** /api/kpi over HTTP: scope per group (403), bad ranges (400), exports and the training register. */
@OpsFlowSpringBootTest
class KpiApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, user).getForEntity(url, String.class);
    }

    @Test
    void aStationHeadAskingForAnotherStationGets403() {
        ResponseEntity<String> response = get("head-east", "/api/kpi?from=2026-03-01&to=2026-03-31&station=west");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("east");
    }

    @Test
    void aStationManagerAskingForAnotherStationGets403() {
        assertThat(get("mgr-west", "/api/kpi?from=2026-03-01&to=2026-03-31&station=east").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aStationHeadWithoutStationParameterGetsTheirOwnStation() {
        ResponseEntity<String> response = get("head-east", "/api/kpi?from=2026-03-01&to=2026-03-31");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"station\":\"east\"");
    }

    @Test
    void opsManagerAndBureauHeadSeeEveryStationWithAllSections() {
        ResponseEntity<String> response = get("ops-mgr", "/api/kpi?from=2026-03-01&to=2026-03-31&station=west");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"volume\"", "\"efficiency\"", "\"compliance\"", "\"satisfaction\"",
                "\"appraisal\"", "\"attendance\"", "\"training\"");
        assertThat(get("bureau-1", "/api/kpi").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void engineersAndCustomerServiceGet403() {
        assertThat(get("eng-east-1", "/api/kpi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("cs-1", "/api/kpi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void fromAfterToIs400WithAMessage() {
        ResponseEntity<String> response = get("ops-mgr", "/api/kpi?from=2026-04-01&to=2026-03-01");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("from").contains("開始日期");
    }

    @Test
    void unparsableDatesAre400() {
        assertThat(get("ops-mgr", "/api/kpi?from=2026-13-01&to=2026-03-01").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("ops-mgr", "/api/kpi?from=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("ops-mgr", "/api/kpi?type=teleport").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void csvExportIsUtf8WithBom() {
        ResponseEntity<byte[]> response = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .getForEntity("/api/kpi/export.csv?table=summary&from=2026-03-01&to=2026-03-31", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] body = response.getBody();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("受理工單");
        assertThat(get("ops-mgr", "/api/kpi/export.csv?table=nonsense").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void excelExportHasASheetPerTable() throws Exception {
        ResponseEntity<byte[]> response = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .getForEntity("/api/kpi/export.xlsx?from=2026-03-01&to=2026-03-31", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(14);
            assertThat(workbook.getSheetName(0)).isEqualTo("摘要");
        }
    }

    @Test
    void monthlyAppraisalReportFollowsStandardsMonitoringAppraisal_K_6() throws Exception {
        ResponseEntity<byte[]> response = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .getForEntity("/api/reports/appraisal/2026-03.xlsx", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            assertThat(workbook.getSheetName(0)).startsWith("1 ");
            assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).startsWith("3 ");
        }
        assertThat(get("ops-mgr", "/api/reports/appraisal/2026-13.xlsx").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("head-west", "/api/reports/appraisal/2026-03.xlsx?station=east").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void managersRecordTrainingAndHoursAddUpPerEngineer_K_5() {
        var body = Map.of("staff", "eng-west-2", "course", "光纖熔接實務", "date", "2026-02-10", "hours", 6.5,
                "passed", true);
        ResponseEntity<String> created = rest.withBasicAuth("head-west", "head-west")
                .postForEntity("/api/training", body, String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // the record names its engineer and station
        assertThat(created.getBody()).contains("\"name\":\"蔡宗翰\"", "\"station\":\"west\"");
        rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/training",
                Map.of("staff", "eng-west-2", "course", "客戶服務禮儀", "date", "2026-02-20", "hours", 2, "passed", false),
                String.class);

        ResponseEntity<String> kpi = get("ops-mgr", "/api/kpi?from=2026-02-01&to=2026-02-28&engineer=eng-west-2");
        assertThat(kpi.getBody()).contains("\"hoursByEngineer\":{\"eng-west-2\":8.5}");
        assertThat(get("ops-mgr", "/api/training?from=2026-02-01&to=2026-02-28&staff=eng-west-2").getBody())
                .contains("光纖熔接實務", "客戶服務禮儀");
    }

    @Test
    void eachTrainingHasItsKindAndTheCertificateItPreparesAndAnUnknownKindIsRefused_K_5() {
        ResponseEntity<String> created = rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/training",
                Map.of("staff", "eng-east-3", "course", "高處作業安全", "date", "2026-03-04", "hours", 4, "passed", true,
                        "category", "SAFETY", "qualification", "高處作業證"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).contains("\"category\":\"SAFETY\"", "\"categoryName\":\"安全生產\"",
                "\"qualification\":\"高處作業證\"");
        // no kind given: 其他
        assertThat(rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/training",
                Map.of("staff", "eng-east-3", "course", "新人座談", "date", "2026-03-05", "hours", 1, "passed", true),
                String.class).getBody()).contains("\"category\":\"OTHER\"", "\"categoryName\":\"其他\"");

        ResponseEntity<String> refused = rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/training",
                Map.of("staff", "eng-east-3", "course", "登山", "date", "2026-03-06", "hours", 2, "passed", true,
                        "category", "HIKING"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("培訓類別有誤", "SAFETY（安全生產）");
        assertThat(get("ops-mgr", "/api/training?from=2026-03-01&to=2026-03-31&staff=eng-east-3").getBody())
                .contains("高處作業安全", "新人座談").doesNotContain("登山");
    }

    @Test
    void trainingIsRecordedByManagersOnlyAndValidated_K_5() {
        var body = Map.of("staff", "eng-east-1", "course", "安全", "date", "2026-02-10", "hours", 1, "passed", true);
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").postForEntity("/api/training", body, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("head-west", "head-west").postForEntity("/api/training", body, String.class)
                .getStatusCode()).as("another station's engineer").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/training",
                Map.of("staff", "nobody", "course", "", "date", "2026-02-10", "hours", 0), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("staff", "course", "hours");
    }

    @Test
    void appraisalSectionSumsLedgerEntriesOfThePeriodWithoutReversedOnes() {
        Source source = new Source("repair", "kpi-api-test", "WO-20240210-0001", WorkOrderProcess.ARRIVE);
        appraisal.post(Breach.points("eng-west-3", new BigDecimal("0.5"), "R-WO-4", "到場逾時", source,
                Instant.parse("2024-02-10T02:00:00Z"), "system", "kpi-api-test:points"));
        appraisal.post(Breach.fine("eng-west-3", new BigDecimal("200"), "R-WO-3", "未聯系用戶", source,
                Instant.parse("2024-02-10T02:15:00Z"), "system", "kpi-api-test:fine"));
        LedgerEntry appealed = appraisal.post(Breach.points("eng-west-3", BigDecimal.ONE, "R-WO-10", "投訴", source,
                Instant.parse("2024-02-11T02:00:00Z"), "system", "kpi-api-test:appealed"));
        ledger.reverse(appealed.id(), "申訴成立", "ops-mgr");
        appraisal.post(Breach.points("eng-west-3", new BigDecimal("0.5"), "R-WO-4", "到場逾時", source,
                Instant.parse("2024-03-01T02:00:00Z"), "system", "kpi-api-test:march"));

        ResponseEntity<String> february = get("head-west", "/api/kpi?from=2024-02-01&to=2024-02-29&engineer=eng-west-3");

        assertThat(february.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(february.getBody()).contains("\"available\":true", "\"points\":0.5", "\"finesRmb\":200");
        assertThat(get("head-east", "/api/kpi?from=2024-02-01&to=2024-02-29").getBody())
                .as("east sees nothing of west's deductions").doesNotContain("eng-west-3");

        ResponseEntity<String> drill = get("head-west", "/api/kpi/deductions?from=2024-02-01&to=2024-02-29&engineer=eng-west-3");
        assertThat(drill.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(drill.getBody()).contains("到場逾時", "未聯系用戶", "申訴成立").doesNotContain("2024-03-01");
        assertThat(get("head-east", "/api/kpi/deductions?from=2024-02-01&to=2024-02-29&engineer=eng-west-3")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void attendanceSectionSummarisesTheMonthsOfThePeriodWithinTheStation() throws Exception {
        ResponseEntity<String> west = get("head-west", "/api/kpi?from=2024-02-01&to=2024-02-29");

        assertThat(west.getStatusCode()).isEqualTo(HttpStatus.OK);
        var attendance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(west.getBody()).get("attendance");
        assertThat(attendance.get("available").asBoolean()).isTrue();
        assertThat(attendance.get("byStaff").findValuesAsText("staff")).contains("eng-west-3")
                .allMatch(staff -> !staff.startsWith("eng-east"));
        assertThat(attendance.get("byStaff").findValuesAsText("station")).containsOnly("west");
        // nobody signed in in February 2024, but the demo staff started when the demo was set up
        // (today): no absence (曠工) before a person's start date
        var engineer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                get("head-west", "/api/kpi?from=2024-02-10&to=2024-02-12&engineer=eng-west-3").getBody()).get("attendance");
        assertThat(engineer.get("byStaff")).hasSize(1);
        assertThat(engineer.get("absenceDays").decimalValue()).isEqualByComparingTo("0");
    }
}
