package com.opsflow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.identity.Groups;
import com.opsflow.identity.Organisation;
import com.opsflow.notification.Notice;
import com.opsflow.notification.Notices;
import com.opsflow.platform.WebSession;
import com.opsflow.staff.StaffRecords.Qualification;
import com.opsflow.staff.internal.CertificateReminders;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff records on the real application: R-SE-4 agreements (recorded by administrators and
 * the ops manager, listed when missing, barring dispatch) and K-5 certificates with the reminder
 * before they expire; reading follows identity's data scope.
 */
@OpsFlowSpringBootTest
class StaffRecordsBootTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CertificateReminders reminders;
    @Autowired
    Notices notices;
    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anEngineerWithoutASignedAgreementIsNotOfferedForDispatch_R_SE_4() throws Exception {
        String newcomer = "eng-east-8";
        User user = identityService.newUser(newcomer);
        user.setFirstName("孫立人");
        user.setPassword(newcomer);
        identityService.saveUser(user);
        identityService.createMembership(newcomer, Groups.ENGINEER);
        organisation.addStaff(newcomer, "east", "head-east", "leader-1", LocalDate.now(ZONE));
        try {
            assertThat(pickerEngineers("east")).contains("eng-east-1").doesNotContain(newcomer);
            Map<String, Object> order = order(newcomer);
            ResponseEntity<String> refused = rest.withBasicAuth("cs-1", "cs-1").postForEntity("/api/work-orders", order,
                    String.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("未簽署保密協議");

            ResponseEntity<String> recorded = rest.withBasicAuth("admin", "admin").postForEntity(
                    "/api/staff/" + newcomer + "/agreement", Map.of("agreementNo", "BM-TEST-801", "signedOn",
                            LocalDate.now(ZONE).toString(), "companyAgreementNo", "XXZX-BM-2026-01"), String.class);
            assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(pickerEngineers("east")).contains(newcomer);
        } finally {
            identityService.deleteUser(newcomer);
            jdbc.update("delete from staff_agreement where staff_id = ?", newcomer);
            jdbc.update("delete from identity_staff where user_id = ?", newcomer);
        }
    }

    @Test
    void agreementsAreRecordedByAdministratorsAndTheOpsManagerWithEveryFieldChecked_R_SE_4() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("agreementNo", "BM-TEST-802", "signedOn",
                LocalDate.now(ZONE).toString(), "companyAgreementNo", "XXZX-BM-2026-01"));
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").postForEntity("/api/staff/tech-1/agreement", body,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> bad = rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity("/api/staff/tech-1/agreement",
                Map.of("signedOn", LocalDate.now(ZONE).plusDays(1).toString()), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("保密協議編號", "服務單位保密協議編號", "簽署日期不可晚於今天");

        ResponseEntity<String> taken = rest.withBasicAuth("ops-mgr", "ops-mgr").postForEntity(
                "/api/staff/eng-west-3/agreement", body, String.class);
        assertThat(taken.getStatusCode()).as("eng-west-3 has signed already").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taken.getBody()).contains("已登記保密協議");
        assertThat(jdbc.queryForObject("select count(*) from staff_agreement where agreement_no = 'BM-TEST-802'",
                Integer.class)).as("nothing half-written").isZero();
    }

    @Test
    void theListOfStaffWithoutAnAgreementFollowsTheDataScope_R_SE_4() throws Exception {
        JsonNode all = json.readTree(rest.withBasicAuth("ops-mgr", "ops-mgr")
                .getForEntity("/api/staff/without-agreement", String.class).getBody());
        assertThat(all.findValuesAsText("staff")).contains("tech-1").doesNotContain("eng-east-1", "ops-mgr");

        JsonNode east = json.readTree(rest.withBasicAuth("head-east", "head-east")
                .getForEntity("/api/staff/records", String.class).getBody());
        assertThat(east.findValuesAsText("staff")).contains("eng-east-1", "head-east").doesNotContain("eng-west-1", "tech-1");
        // each row names its person and station, read for the whole list at once
        for (JsonNode record : east) {
            assertThat(record.get("station").asText()).as(record.toString()).isEqualTo("east");
            if (record.get("staff").asText().equals("eng-east-1")) {
                assertThat(record.get("name").asText()).isEqualTo("王小明");
            }
        }
        JsonNode tech = all.findParents("staff").stream().filter(p -> p.get("staff").asText().equals("tech-1")).findFirst()
                .orElseThrow();
        assertThat(tech.get("name").asText()).isEqualTo("謝明哲");
        assertThat(tech.get("station").asText()).as("tech-1 belongs to no station").isEmpty();
        assertThat(json.readTree(rest.withBasicAuth("head-east", "head-east")
                .getForEntity("/api/staff/without-agreement", String.class).getBody()).findValuesAsText("staff"))
                .doesNotContain("tech-1");
        assertThat(rest.withBasicAuth("head-east", "head-east").getForEntity("/api/staff/eng-west-1/record", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/staff/without-agreement", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/staff/records", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCertificateAboutToExpireRemindsItsHolderAndSuperiorOnce_K_5() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Object> certificate = Map.of("title", "高處作業證", "certificateNo", "GC-TEST-" + System.nanoTime(),
                "issuedOn", today.minusYears(2).toString(), "expiresOn", today.plusDays(10).toString());
        assertThat(rest.withBasicAuth("head-east", "head-east").postForEntity("/api/staff/eng-west-2/qualifications",
                certificate, String.class).getStatusCode()).as("not head-east's station").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> recorded = rest.withBasicAuth("head-west", "head-west").postForEntity(
                "/api/staff/eng-west-2/qualifications", certificate, String.class);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> expiredFirst = rest.withBasicAuth("head-west", "head-west").postForEntity(
                "/api/staff/eng-west-2/qualifications", Map.of("title", "電工證", "certificateNo", "X-1", "issuedOn",
                        today.toString(), "expiresOn", today.minusDays(1).toString()), String.class);
        assertThat(expiredFirst.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(expiredFirst.getBody()).contains("有效期限須晚於發證日期");

        List<Qualification> reminded = reminders.remind(today);
        assertThat(reminded).extracting(Qualification::certificateNo).contains(certificate.get("certificateNo").toString());
        assertThat(reminders.remind(today)).as("each certificate once").isEmpty();
        assertThat(notices.recent("eng-west-2", 20)).extracting(Notice::subject).contains("【提醒】證書即將到期：高處作業證");
        assertThat(notices.recent("head-west", 20)).extracting(Notice::subject).contains("【提醒】證書即將到期：高處作業證");
    }

    private List<String> pickerEngineers(String station) throws Exception {
        WebSession cs = new WebSession(port);
        cs.signIn("cs-1", "cs-1");
        for (JsonNode s : json.readTree(cs.getJson("/work-orders/pickers").body()).get("stations")) {
            if (s.get("id").asText().equals(station)) {
                return s.get("engineers").findValuesAsText("id");
            }
        }
        throw new AssertionError("no station " + station);
    }

    private static Map<String, Object> order(String engineer) {
        Map<String, Object> order = new HashMap<>();
        order.put("type", "REPAIR");
        order.put("station", "east");
        order.put("channel", "PHONE");
        order.put("customerName", "陳大文");
        order.put("customerPhone", "13800138000");
        order.put("address", "東區幸福路 1 號");
        order.put("description", "無法上網");
        order.put("engineer", engineer);
        return order;
    }
}
