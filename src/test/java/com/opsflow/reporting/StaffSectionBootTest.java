package com.opsflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard's staff sections on the demo organisation: under K-4 the staff without a signed
 * agreement (R-SE-4; the demo leaves tech-1 without), K-5 the certificates and training, both in
 * the KPIs' scope.
 */
@OpsFlowSpringBootTest
class StaffSectionBootTest {

    @Autowired
    TestRestTemplate rest;

    final ObjectMapper json = new ObjectMapper();

    JsonNode section(String user) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, user).getForEntity("/api/kpi/staff", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void theSecuritySectionListsStaffWithoutASignedAgreement_R_SE_4() throws Exception {
        JsonNode all = section("ops-mgr");
        assertThat(all.get("withoutAgreement").findValuesAsText("staff")).contains("tech-1")
                .doesNotContain("eng-east-1", "cs-1", "ops-mgr");
        assertThat(all.get("withoutAgreement").findValuesAsText("name")).contains("謝明哲");
        // a station head sees their station's staff only: tech-1 belongs to no station
        assertThat(section("head-east").get("withoutAgreement").findValuesAsText("staff")).doesNotContain("tech-1");
    }

    @Test
    void theDevelopmentSectionShowsCertificatesAboutToExpireAndEachEngineersRecord_K_5() throws Exception {
        JsonNode development = section("ops-mgr").get("development");
        assertThat(development.get("expiringSoon").findValuesAsText("staff")).contains("eng-east-1");
        assertThat(development.get("byStaff").findValuesAsText("staff")).contains("eng-east-1", "eng-west-3");
        assertThat(development.get("withValidCertificate").asLong()).isGreaterThanOrEqualTo(6);

        JsonNode east = section("head-east").get("development");
        assertThat(east.get("byStaff").findValuesAsText("staff")).contains("eng-east-2").doesNotContain("eng-west-1");
        // every row with its person's name and station's name, read for the whole section at once
        for (JsonNode row : east.get("byStaff")) {
            assertThat(row.get("station").asText()).as(row.toString()).isEqualTo("東區站");
        }
        for (JsonNode row : development.get("byStaff")) {
            if (row.get("staff").asText().equals("eng-west-3")) {
                assertThat(row.get("name").asText()).isEqualTo("鄭雅婷");
                assertThat(row.get("station").asText()).isEqualTo("西區站");
            }
        }
        assertThat(development.get("expiringSoon").findValuesAsText("station")).contains("東區站");

        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/kpi/staff", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("head-east", "head-east").getForEntity("/api/kpi/staff?station=west", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDevelopmentSectionCountsTrainingHoursByKind_K_5() throws Exception {
        for (var training : java.util.List.of(
                java.util.Map.of("staff", "eng-west-1", "course", "機房安全", "date", "2025-05-06", "hours", 3, "passed", true,
                        "category", "SAFETY"),
                java.util.Map.of("staff", "eng-west-1", "course", "光纖測試", "date", "2025-05-13", "hours", 5, "passed", true,
                        "category", "SKILL", "qualification", "光纖熔接證"),
                java.util.Map.of("staff", "eng-west-2", "course", "機房安全", "date", "2025-05-06", "hours", 3, "passed", false,
                        "category", "SAFETY"))) {
            assertThat(rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/training", training, String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<String> response = rest.withBasicAuth("head-west", "head-west")
                .getForEntity("/api/kpi/staff?from=2025-05-01&to=2025-05-31", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode byKind = json.readTree(response.getBody()).get("development").get("trainingByCategory");
        // every kind listed, in the register's order, with its Chinese name
        assertThat(byKind.findValuesAsText("category"))
                .containsExactly("SAFETY", "SKILL", "QUALIFICATION", "CONFIDENTIALITY", "OTHER");
        assertThat(byKind.get(0).get("name").asText()).isEqualTo("安全生產");
        assertThat(byKind.get(0).get("records").asLong()).isEqualTo(2);
        assertThat(byKind.get(0).get("hours").decimalValue()).isEqualByComparingTo("6");
        assertThat(byKind.get(1).get("hours").decimalValue()).isEqualByComparingTo("5");
        assertThat(byKind.get(2).get("records").asLong()).isZero();
    }
}
