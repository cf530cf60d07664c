package com.opsflow.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The appraisal REST API: who sees what (per group), reversals by the ops manager, CSV, 400s. */
@OpsFlowSpringBootTest
class AppraisalApiTest {

    // Far from every other test's months: the database is shared.
    static final String MONTH = "2052-02";
    static final Instant IN_MONTH = Instant.parse("2052-02-10T02:00:00Z");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Appraisal appraisal;
    @Autowired
    ObjectMapper json;

    LedgerEntry east;
    LedgerEntry west;

    @BeforeEach
    void ledger() {
        // Fixed keys: posted once however many tests run.
        east = appraisal.post(Breach.points("eng-east-1", new BigDecimal("0.5"), "R-WO-4", "維修未於一小時內到場",
                new Source("repair", "pi-api-east", "WO-2052-0001", "UserTask_ArriveOnSite"), IN_MONTH, "system", "api-test:east"));
        west = appraisal.post(Breach.fine("eng-west-1", new BigDecimal("200"), "R-WO-3", "十五分鐘內仍未聯繫用戶",
                new Source("install", "pi-api-west", "WO-2052-0002", "Timer_NoContact"), IN_MONTH, "system", "api-test:west"));
    }

    @Test
    void anEntryHasExactlyTheDocumentedFields() throws Exception {
        JsonNode entries = getJson("ops-mgr", "/api/appraisal/entries?processInstanceId=pi-api-east");
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(fieldNames(entry)).containsExactlyInAnyOrder("id", "staff", "kind", "points", "amountRmb", "rule",
                "reason", "processInstanceId", "businessKey", "occurredAt", "postedAt", "postedBy", "reversalOf");
        assertThat(entry.get("id").asLong()).isEqualTo(east.id());
        assertThat(entry.get("staff").asText()).isEqualTo("eng-east-1");
        assertThat(entry.get("kind").asText()).isEqualTo("POINTS");
        assertThat(entry.get("points").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(entry.get("amountRmb").isNull()).isTrue();
        assertThat(entry.get("rule").asText()).isEqualTo("R-WO-4");
        assertThat(entry.get("reason").asText()).isEqualTo("維修未於一小時內到場");
        assertThat(entry.get("businessKey").asText()).isEqualTo("WO-2052-0001");
        assertThat(entry.get("occurredAt").asText()).isEqualTo("2052-02-10T02:00:00Z");
        assertThat(entry.get("reversalOf").isNull()).isTrue();
    }

    @Test
    void anEngineerSeesOnlyTheirOwnEntries() throws Exception {
        assertThat(staffOf(getJson("eng-east-1", "/api/appraisal/entries?month=" + MONTH))).containsOnly("eng-east-1")
                .isNotEmpty();
        assertThat(get("eng-east-1", "/api/appraisal/entries?staff=eng-west-1").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("eng-east-1", "/api/appraisal/entries?staff=eng-east-2").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aStationHeadSeesTheirStationsEntries() throws Exception {
        assertThat(staffOf(getJson("head-east", "/api/appraisal/entries?month=" + MONTH))).contains("eng-east-1")
                .doesNotContain("eng-west-1");
        assertThat(getJson("head-east", "/api/appraisal/entries?staff=eng-east-1&month=" + MONTH)).isNotEmpty();
        assertThat(get("head-east", "/api/appraisal/entries?staff=eng-west-1").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOpsManagerAndTheAdminSeeEveryone() throws Exception {
        for (String user : List.of("ops-mgr", "admin")) {
            assertThat(staffOf(getJson(user, "/api/appraisal/entries?month=" + MONTH))).contains("eng-east-1", "eng-west-1");
            assertThat(staffOf(getJson(user, "/api/appraisal/statements/" + MONTH))).contains("eng-east-1", "eng-west-1");
        }
    }

    @Test
    void statementsAreScopedLikeEntries() throws Exception {
        assertThat(staffOf(getJson("eng-west-1", "/api/appraisal/statements/" + MONTH))).containsExactly("eng-west-1");
        assertThat(staffOf(getJson("head-west", "/api/appraisal/statements/" + MONTH))).contains("eng-west-1")
                .doesNotContain("eng-east-1");
        assertThat(staffOf(getJson("cs-1", "/api/appraisal/statements/" + MONTH))).isEmpty();
    }

    @Test
    void aStatementLineCarriesTheTotalsThresholdsAndReviewOutcome_R_AP_1() throws Exception {
        JsonNode line = getJson("eng-west-1", "/api/appraisal/statements/" + MONTH).get(0);
        assertThat(fieldNames(line)).contains("staff", "points", "pointFinesRmb", "finesRmb", "totalRmb",
                "conductBreaches", "thresholds", "reviewOutcome");
        assertThat(line.get("finesRmb").decimalValue()).isEqualByComparingTo("200");
        assertThat(line.get("totalRmb").decimalValue()).isEqualByComparingTo("200");
        assertThat(line.get("thresholds").isArray()).isTrue();
        assertThat(line.get("reviewOutcome").isNull()).isTrue();
    }

    @Test
    void theStatementComesAsCsvInUtf8WithAByteOrderMarkForExcel() {
        for (ResponseEntity<byte[]> csv : List.of(
                getBytes("ops-mgr", "/api/appraisal/statements/" + MONTH, "text/csv"),
                getBytes("ops-mgr", "/api/appraisal/statements/" + MONTH + ".csv", "*/*"))) {
            assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType()).isNotNull()
                    .matches(type -> type.isCompatibleWith(MediaType.parseMediaType("text/csv")));
            byte[] body = csv.getBody();
            assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            assertThat(text).startsWith("人員帳號,姓名,扣分").contains("eng-east-1,王小明,0.5,50,0,50,0,,")
                    .contains("eng-west-1,劉文彬,0,0,200,200,0,,");
        }
    }

    @Test
    void theCsvIsScopedToo() {
        ResponseEntity<byte[]> csv = getBytes("eng-east-1", "/api/appraisal/statements/" + MONTH + ".csv", "*/*");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).contains("eng-east-1").doesNotContain("eng-west-1");
    }

    @Test
    void anImpossibleMonthIsA400WithAMessage() throws Exception {
        for (String path : List.of("/api/appraisal/statements/2026-13", "/api/appraisal/entries?month=2026-13",
                "/api/appraisal/statements/2026-13.csv", "/api/appraisal/entries?month=March")) {
            ResponseEntity<String> response = get("ops-mgr", path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(response.getBody()).get("detail").asText()).as(path).contains("YYYY-MM");
        }
    }

    @Test
    void anImpossibleMonthIsA400AlsoWhenCsvWasAskedFor() {
        ResponseEntity<byte[]> response = getBytes("ops-mgr", "/api/appraisal/statements/2026-13", "text/csv");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains("2026-13");
    }

    @Test
    void anUnknownStaffMemberIsA400WithAMessage() throws Exception {
        for (String user : List.of("ops-mgr", "eng-east-1")) {
            ResponseEntity<String> response = get(user, "/api/appraisal/entries?staff=no-such-user");
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("no-such-user");
        }
    }

    @Test
    void onlyTheOpsManagerReversesAnEntryWithAReason_R_AP_6() throws Exception {
        LedgerEntry entry = appraisal.post(Breach.points("eng-east-2", new BigDecimal("1"), "R-WO-10", "用戶投訴屬實",
                Source.manual(), IN_MONTH, "cs-1", "api-test:" + UUID.randomUUID()));
        String path = "/api/appraisal/entries/" + entry.id() + "/reversal";

        for (String user : List.of("eng-east-2", "head-east", "mgr-east", "admin", "cs-1")) {
            assertThat(post(user, path, "{\"reason\":\"申訴成立\"}").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> empty = post("ops-mgr", path, "{\"reason\":\"  \"}");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("reason");
        assertThat(post("ops-mgr", path, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> reversed = post("ops-mgr", path, "{\"reason\":\"申訴成立：投訴已撤回\"}");
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode reversal = json.readTree(reversed.getBody());
        assertThat(reversal.get("reversalOf").asLong()).isEqualTo(entry.id());
        assertThat(reversal.get("reason").asText()).isEqualTo("申訴成立：投訴已撤回");
        assertThat(reversal.get("postedBy").asText()).isEqualTo("ops-mgr");
        assertThat(reversal.get("staff").asText()).isEqualTo("eng-east-2");

        // the original stays, the reversal sits beside it
        JsonNode entries = getJson("eng-east-2", "/api/appraisal/entries?month=" + MONTH);
        assertThat(entries.findValuesAsText("id")).contains(String.valueOf(entry.id()), reversal.get("id").asText());
        assertThat(post("ops-mgr", "/api/appraisal/entries/999999999/reversal", "{\"reason\":\"申訴\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(rest.getForEntity("/api/appraisal/entries", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/appraisal/statements/" + MONTH, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode getJson(String user, String path) throws Exception {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<byte[]> getBytes(String user, String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> staffOf(JsonNode array) {
        List<String> staff = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            staff.add(it.next().get("staff").asText());
        }
        return staff;
    }
}
