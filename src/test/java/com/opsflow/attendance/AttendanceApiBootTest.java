package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attendance API over HTTP on the shared application context. Time is the engine's clock
 * (ClockUtil), set per test; each test uses its own days of March 2031 and its own staff, so the
 * shared database holds no collisions (2031 has no configured holidays: weekdays work).
 */
@OpsFlowSpringBootTest
class AttendanceApiBootTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AttendanceExcuses excuses;
    @Autowired
    AttendanceAbsences absences;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void now(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(instant(localDateTime)));
    }

    static Instant instant(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private int signsOf(String staff, String date) {
        return jdbc.queryForObject("select count(*) from attendance_sign where staff_id = ? and work_date = ?",
                Integer.class, staff, java.sql.Date.valueOf(date));
    }

    @Test
    void theSignAlwaysBelongsToTheAuthenticatedUserWhateverTheRequestSays_R_AT_1() throws Exception {
        now("2031-03-03T08:29:10");
        ResponseEntity<String> response = post("eng-west-2", "/api/attendance/sign-in?staff=eng-west-3&userId=eng-west-3",
                Map.of("staff", "eng-west-3", "userId", "eng-west-3"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(read(response).get("staff").asText()).isEqualTo("eng-west-2");
        assertThat(read(response).get("late").asBoolean()).isFalse();
        assertThat(signsOf("eng-west-2", "2031-03-03")).isEqualTo(1);
        assertThat(signsOf("eng-west-3", "2031-03-03")).isZero();
    }

    @Test
    void anonymousCannotSign() {
        now("2031-03-03T08:20:00");
        assertThat(rest.postForEntity("/api/attendance/sign-in", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSecondSignInInTheSamePeriodIsAnsweredWithTheFirstAndNotRecordedTwice_R_AT_1() throws Exception {
        now("2031-03-04T08:31:00");
        ResponseEntity<String> first = post("eng-west-1", "/api/attendance/sign-in", null);
        now("2031-03-04T08:40:00");
        ResponseEntity<String> second = post("eng-west-1", "/api/attendance/sign-in", null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(second).get("alreadyRecorded").asBoolean()).isTrue();
        assertThat(read(second).get("localTime").asText()).isEqualTo("08:31:00");
        assertThat(read(second).get("message").asText()).contains("已於 08:31:00").contains("未重複記錄");
        assertThat(read(first).get("late").asBoolean()).as("08:31 is late (R-AT-2)").isTrue();
        assertThat(signsOf("eng-west-1", "2031-03-04")).isEqualTo(1);
    }

    @Test
    void signingOnADayOffOrAfterHoursIsRecordedAsOvertimeNotRefused() throws Exception {
        now("2031-03-08T09:00:00"); // Saturday
        ResponseEntity<String> saturday = post("eng-west-1", "/api/attendance/sign-in", null);
        assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(read(saturday).get("periodName").asText()).isEqualTo("非上班時間");
        assertThat(read(saturday).get("message").asText()).contains("加班").contains("09:00:00");
        assertThat(read(saturday).get("late").asBoolean()).isFalse();
        assertThat(signsOf("eng-west-1", "2031-03-08")).isEqualTo(1);

        now("2031-03-07T17:30:00"); // Friday evening, after the afternoon period
        ResponseEntity<String> evening = post("eng-west-1", "/api/attendance/sign-in", null);
        assertThat(evening.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(read(evening).get("message").asText()).contains("非上班時間簽到已記錄（加班）");
        assertThat(signsOf("eng-west-1", "2031-03-07")).isEqualTo(1);

        // the month shows them as overtime (the evaluation of working periods ignores them: AttendanceEvaluatorTest)
        now("2031-03-08T10:00:00");
        JsonNode month = json.readTree(rest.withBasicAuth("eng-west-1", "eng-west-1")
                .getForObject("/api/attendance/me?month=2031-03", String.class));
        assertThat(month.get("offHours")).hasSize(2);
        assertThat(month.get("offHours").get(0).get("kind").asText()).isEqualTo("加班");
    }

    @Test
    void myMonthShowsOnTimeEarlyAndAbsentPeriods_R_AT_2() throws Exception {
        now("2031-03-05T08:30:00");
        post("eng-east-3", "/api/attendance/sign-in", null);
        now("2031-03-05T11:29:59");
        post("eng-east-3", "/api/attendance/sign-out", null);
        now("2031-03-05T18:00:00");

        JsonNode month = read(rest.withBasicAuth("eng-east-3", "eng-east-3")
                .getForEntity("/api/attendance/me?month=2031-03", String.class));
        JsonNode day = null;
        for (JsonNode d : month.get("days")) {
            if (d.get("date").asText().equals("2031-03-05")) {
                day = d;
            }
        }
        assertThat(day).isNotNull();
        JsonNode morning = day.get("periods").get(0);
        JsonNode afternoon = day.get("periods").get(1);
        assertThat(morning.get("signIn").asText()).isEqualTo("08:30:00");
        assertThat(morning.get("late").asBoolean()).as("08:30:00 is on time").isFalse();
        assertThat(morning.get("early").asBoolean()).as("11:29:59 is early").isTrue();
        assertThat(afternoon.get("absent").asBoolean()).isTrue();
        assertThat(month.get("summary").get("earlyCount").asInt()).isEqualTo(1);
        assertThat(month.get("today").get("date").asText()).isEqualTo("2031-03-05");
    }

    @Test
    void anApprovedTripNeedsNoSignIn_R_TR_1() throws Exception {
        excuses.record(new ExcusedPeriod("eng-east-2", instant("2031-03-06T00:00:00"), instant("2031-03-07T00:00:00"),
                ExcusedPeriod.Kind.TRIP, "test-trip-2031-03-06"));
        // recorded twice by a retried delegate: still one trip
        excuses.record(new ExcusedPeriod("eng-east-2", instant("2031-03-06T00:00:00"), instant("2031-03-07T00:00:00"),
                ExcusedPeriod.Kind.TRIP, "test-trip-2031-03-06"));
        now("2031-03-06T18:00:00");

        JsonNode month = read(rest.withBasicAuth("eng-east-2", "eng-east-2")
                .getForEntity("/api/attendance/me?month=2031-03", String.class));
        assertThat(month.get("summary").get("tripDays").asText()).isEqualTo("1.0");
        JsonNode last = month.get("days").get(month.get("days").size() - 1);
        assertThat(last.get("date").asText()).isEqualTo("2031-03-06");
        assertThat(last.get("periods").get(0).get("absent").asBoolean()).isFalse();
        assertThat(last.get("periods").get(0).get("status").asText()).isEqualTo("出差");
    }

    @Test
    void emergencyLeaveNotFiledAfterwardsIsAbsenceEvenOverApprovedLeave_R_LV_2() throws Exception {
        excuses.record(new ExcusedPeriod("cs-2", instant("2031-03-13T08:30:00"), instant("2031-03-13T17:00:00"),
                ExcusedPeriod.Kind.LEAVE, "test-leave-2031-03-13"));
        absences.recordUnfiledEmergencyLeave("cs-2", instant("2031-03-13T08:30:00"), instant("2031-03-13T17:00:00"),
                "test-emergency-2031-03-13");
        now("2031-03-13T18:00:00");

        JsonNode month = read(rest.withBasicAuth("cs-2", "cs-2").getForEntity("/api/attendance/me?month=2031-03", String.class));
        JsonNode last = month.get("days").get(month.get("days").size() - 1);
        assertThat(last.get("date").asText()).isEqualTo("2031-03-13");
        assertThat(last.get("periods").findValuesAsText("away")).containsOnly("UNFILED_EMERGENCY_LEAVE");
        assertThat(last.get("periods").get(0).get("absent").asBoolean()).isTrue();
        assertThat(last.get("periods").get(1).get("absent").asBoolean()).isTrue();
    }

    @Test
    void signingForSomeoneElseFoundByASupervisorMakesBothAbsent_R_AT_1() throws Exception {
        now("2031-03-14T08:05:00");
        post("eng-west-2", "/api/attendance/sign-in", null); // in truth eng-west-3 with eng-west-2's phone
        now("2031-03-14T18:00:00");
        Map<String, String> finding = Map.of("date", "2031-03-14", "signer", "eng-west-3", "signedFor", "eng-west-2");

        assertThat(post("eng-east-1", "/api/attendance/findings/proxy-signing", finding).getStatusCode())
                .as("an engineer may not record findings").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("leader-1", "/api/attendance/findings/proxy-signing", finding).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        for (String staff : List.of("eng-west-2", "eng-west-3")) {
            JsonNode month = read(rest.withBasicAuth(staff, staff).getForEntity("/api/attendance/me?month=2031-03", String.class));
            JsonNode last = month.get("days").get(month.get("days").size() - 1);
            assertThat(last.get("date").asText()).isEqualTo("2031-03-14");
            assertThat(last.get("periods").findValuesAsText("absent")).as(staff).containsOnly("true");
            assertThat(last.get("periods").get(0).get("status").asText()).isEqualTo("曠工（代簽）");
        }
    }

    @Test
    void theSummaryCsvIsUtf8WithAByteOrderMark() {
        now("2031-04-02T10:00:00");
        for (String path : List.of("/api/attendance/summary/2031-03.csv", "/api/attendance/summary/2031-03")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
            ResponseEntity<byte[]> csv = rest.withBasicAuth("ops-mgr", "ops-mgr")
                    .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
            assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv").containsIgnoringCase("utf-8");
            byte[] body = csv.getBody();
            assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).contains("月份,人員編號,姓名,出勤天數,遲到次數,早退次數").contains("eng-east-1,王小明");
        }
    }

    @Test
    void theSummaryIsScopedToWhatTheCallerMaySee_R_AT_4() throws Exception {
        now("2031-04-02T10:00:00");
        JsonNode own = read(rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/api/attendance/summary/2031-03", String.class));
        assertThat(own.get("rows")).hasSize(1);
        assertThat(own.get("rows").get(0).get("staff").asText()).isEqualTo("eng-east-1");

        JsonNode leader = read(rest.withBasicAuth("leader-1", "leader-1")
                .getForEntity("/api/attendance/summary/2031-03", String.class));
        List<String> led = leader.get("rows").findValuesAsText("staff");
        assertThat(led).contains("leader-1", "eng-east-1", "eng-west-3", "cs-1").doesNotContain("ops-mgr", "mgr-east");

        JsonNode manager = read(rest.withBasicAuth("ops-mgr", "ops-mgr")
                .getForEntity("/api/attendance/summary/2031-03", String.class));
        assertThat(manager.get("rows").findValuesAsText("staff")).contains("ops-mgr", "mgr-east", "eng-west-2")
                .doesNotContain("admin", "bureau-1");
    }

    @Test
    void theSummaryIsJsonForAnyOtherAcceptHeader() throws Exception {
        for (String accept : List.of("*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8")) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ACCEPT, accept);
            ResponseEntity<String> response = rest.withBasicAuth("eng-east-1", "eng-east-1")
                    .exchange("/api/attendance/summary/2031-02", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode()).as(accept).isEqualTo(HttpStatus.OK);
            assertThat(read(response).get("month").asText()).isEqualTo("2031-02");
        }
    }

    @Test
    void aBadMonthIsA400() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/api/attendance/summary/March", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(response).get("detail").asText()).contains("YYYY-MM");
    }
}
