package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff page {@code /attendance} as a browser uses it: form login, the session cookie, and the
 * CSRF token that the page chain requires for every POST (it stays on for pages).
 */
@OpsFlowSpringBootTest
class AttendancePageBootTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String headerName, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json");
        if (headerName != null) {
            request.header(headerName, token);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void logIn(String user) throws Exception {
        HttpResponse<String> loginPage = get("/login");
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void thePageNeedsALoginAndIsServedInTraditionalChinese() throws Exception {
        HttpResponse<String> anonymous = get("/attendance");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        logIn("eng-east-1");
        HttpResponse<String> page = get("/attendance");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-Hant-TW\"").contains("簽到").contains("簽退")
                .contains("name=\"viewport\"");
    }

    @Test
    void aSignFromThePageNeedsTheCsrfTokenAndIsRecordedForTheLoggedInUser_R_AT_1() throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2031-03-11T08:10:00").atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        logIn("tech-1");

        HttpResponse<String> withoutToken = post("/attendance/api/sign-in", null, null);
        assertThat(withoutToken.statusCode()).as("CSRF stays on for the page chain").isEqualTo(403);

        JsonNode csrf = json.readTree(get("/attendance/csrf").body());
        HttpResponse<String> signed = post("/attendance/api/sign-in", csrf.get("headerName").asText(),
                csrf.get("token").asText());
        assertThat(signed.statusCode()).isEqualTo(201);
        assertThat(json.readTree(signed.body()).get("staff").asText()).isEqualTo("tech-1");
        assertThat(jdbc.queryForObject("select count(*) from attendance_sign where staff_id = 'tech-1' and work_date = ?",
                Integer.class, java.sql.Date.valueOf("2031-03-11"))).isEqualTo(1);
    }
}
