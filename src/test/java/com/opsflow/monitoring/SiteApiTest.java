package com.opsflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/sites…} (R-MS-1…4): the register read by operations staff and kept by the ops
 * manager, records per site entered and exported (R-MS-2), every bad input a Chinese 400 with
 * nothing written, every route authenticated and authorised by group.
 */
@OpsFlowSpringBootTest
class SiteApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Sites sites;
    @Autowired
    SiteRecords records;

    /** A site whose inspections start in 2030: registering it starts nothing today. */
    static Map<String, Object> site(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "API 測試站點");
        body.put("address", "東區測試路 1 號");
        body.put("station", "east");
        body.put("engineer", "eng-east-2");
        body.put("bureauName", "東區環境保護局");
        body.put("bureauContact", "馮科長");
        body.put("bureauEmail", "api@east-epb.opsflow.local");
        body.put("inspectionsFrom", "2030-01-07");
        body.put("instruments", List.of(Map.of("code", "COD-1", "name", "COD 在線分析儀", "calibrationIntervalDays", 30,
                "lastCalibratedOn", "2026-01-05")));
        return body;
    }

    @Test
    void theOpsManagerRegistersASiteWithItsInstrumentsAndEveryoneInOperationsReadsIt_R_MS_3() {
        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(site("API-1")), JSON);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/sites/API-1");
        assertThat(created.getBody().get("instruments").toString()).contains("nextCalibrationDue=2026-02-04");

        ResponseEntity<List<Map<String, Object>>> list = rest.withBasicAuth("eng-west-1", "eng-west-1")
                .exchange("/api/sites", HttpMethod.GET, null, LIST);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).extracting(s -> s.get("code")).contains("API-1", "ES-001", "WS-001");
        assertThat(rest.withBasicAuth("head-east", "head-east").getForEntity("/api/sites/API-1", String.class).getBody())
                .contains("東區環境保護局", "api@east-epb.opsflow.local");

        Map<String, Object> changed = site("API-1");
        changed.put("engineer", "eng-east-3");
        changed.put("instruments", List.of(Map.of("code", "COD-1", "name", "COD 在線分析儀", "calibrationIntervalDays", 14)));
        ResponseEntity<Map<String, Object>> updated = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .exchange("/api/sites/API-1", HttpMethod.PUT, new HttpEntity<>(changed), JSON);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sites.find("API-1").orElseThrow().engineer()).isEqualTo("eng-east-3");
        // the calibration history stays: last 2026-01-05, now every 14 days
        assertThat(sites.find("API-1").orElseThrow().instruments().get(0).nextCalibrationDue()).hasToString("2026-01-19");
    }

    @Test
    void badSiteInputIsRefusedWithChineseFieldMessagesAndNothingIsWritten() {
        Map<String, Object> bad = site("API-BAD");
        bad.put("station", "north");
        bad.put("engineer", "nobody");
        bad.put("bureauEmail", "not-an-address");
        bad.put("instruments", List.of(Map.of("code", "X-1", "name", "儀器", "calibrationIntervalDays", 0)));

        ResponseEntity<Map<String, Object>> refused = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(bad), JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").toString()).startsWith("站點資料有誤");
        assertThat(refused.getBody().toString()).contains("查無此區站", "查無此人員", "電子郵件", "校準週期須為 1–3650 天");
        assertThat(sites.find("API-BAD")).isEmpty();
        // a date that is not a date: 400, not 500
        bad = site("API-BAD");
        bad.put("inspectionsFrom", "next monday");
        assertThat(rest.withBasicAuth("ops-mgr", "ops-mgr").exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(bad), JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // taken code
        rest.withBasicAuth("ops-mgr", "ops-mgr").exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(site("API-2")), JSON);
        ResponseEntity<Map<String, Object>> taken = rest.withBasicAuth("ops-mgr", "ops-mgr")
                .exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(site("API-2")), JSON);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taken.getBody().get("detail").toString()).startsWith("站點編號已存在");
    }

    @Test
    void onlyTheOpsManagerKeepsTheRegisterAndOnlyOperationsStaffReadIt() {
        assertThat(rest.getForEntity("/api/sites", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("cs-1", "cs-1").getForEntity("/api/sites", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> engineer = rest.withBasicAuth("eng-east-1", "eng-east-1")
                .exchange("/api/sites", HttpMethod.POST, new HttpEntity<>(site("API-3")), String.class);
        assertThat(engineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineer.getBody()).contains("只有運營部經理可維護站點登記");
        assertThat(rest.withBasicAuth("head-east", "head-east")
                .exchange("/api/sites/ES-001", HttpMethod.PUT, new HttpEntity<>(site("ES-001")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sites.find("API-3")).isEmpty();
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/sites/figures", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("head-east", "head-east").getForEntity("/api/sites/figures", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/sites/NO-SUCH", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theSitesEngineerRecordsAReagentReplacementAndTheRecordsExportAsCsvWithBomAndExcel_R_MS_2() {
        // ES-001 (demo) is inspected by eng-east-1
        ResponseEntity<Map<String, Object>> added = rest.withBasicAuth("eng-east-1", "eng-east-1").exchange(
                "/api/sites/ES-001/records", HttpMethod.POST, new HttpEntity<>(Map.of("kind", "REAGENT",
                        "what", "=更換氨氮試劑 B 液 1 L", "remarks", "批號 20261120")), JSON);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody()).containsEntry("recordedBy", "eng-east-1").containsEntry("kind", "REAGENT");

        // someone else's site: refused; an inspection by hand: refused, nothing written
        assertThat(rest.withBasicAuth("eng-east-2", "eng-east-2").exchange("/api/sites/ES-001/records", HttpMethod.POST,
                new HttpEntity<>(Map.of("kind", "REPAIR", "what", "x")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> inspection = rest.withBasicAuth("eng-east-1", "eng-east-1").exchange(
                "/api/sites/ES-001/records", HttpMethod.POST, new HttpEntity<>(Map.of("kind", "INSPECTION", "what", "x")), JSON);
        assertThat(inspection.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(inspection.getBody().toString()).contains("巡檢與校準記錄由流程寫入");
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/sites/ES-001/records?kind=WHATEVER",
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(records.list("ES-001", RecordKind.INSPECTION)).noneMatch(r -> r.what().equals("x"));

        ResponseEntity<byte[]> csv = rest.withBasicAuth("head-east", "head-east")
                .getForEntity("/api/sites/ES-001/records/export.csv?kind=REAGENT", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF站點,類別,記錄人,時間,內容,讀數,備註\r\n");
        // who in Chinese, and the formula defused
        assertThat(text).contains("ES-001,試劑更換記錄,王小明,", ",'=更換氨氮試劑 B 液 1 L,,批號 20261120");

        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("head-east", "head-east")
                .getForEntity("/api/sites/ES-001/records/export.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("ES-001-records.xlsx");
        assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K'); // a zip: the .xlsx package
    }
}
