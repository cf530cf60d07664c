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

        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/kpi/staff", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("head-east", "head-east").getForEntity("/api/kpi/staff?station=west", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
