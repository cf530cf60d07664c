package com.opsflow.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard on the page chain as a browser uses it (form login, session cookie, CSRF token),
 * managers only, its data in the same scope as /api/kpi.
 */
@OpsFlowSpringBootTest
class DashboardPageTest {

    @LocalServerPort
    int port;

    @Test
    void aStationHeadSeesTheDashboardPageWithLocalCharts() throws Exception {
        Browser browser = login("head-east");

        HttpResponse<String> page = browser.get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("績效儀表板").contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
                .doesNotContain("https://");
        assertThat(browser.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void anEngineerGets403OnTheDashboard() throws Exception {
        Browser browser = login("eng-east-1");

        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(403);
        assertThat(browser.get("/dashboard/data").statusCode()).isEqualTo(403);
    }

    @Test
    void dashboardDataHasThisAndThePreviousPeriodInTheUsersScope() throws Exception {
        Browser browser = login("head-east");

        HttpResponse<String> data = browser.get("/dashboard/data?from=2026-03-01&to=2026-03-31");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"current\"", "\"previous\"", "\"from\":\"2026-01-29\"", "\"station\":\"east\"");
        assertThat(browser.get("/dashboard/data?station=west").statusCode()).isEqualTo(403);
        assertThat(browser.get("/dashboard/data?from=2026-03-31&to=2026-03-01").statusCode()).isEqualTo(400);
        assertThat(browser.get("/dashboard/export.xlsx?from=2026-03-01&to=2026-03-31").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousIsSentToTheLogin() throws Exception {
        HttpResponse<String> response = new Browser().get("/dashboard");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** Form login as a browser does it: the login page's CSRF token and session cookie, then POST /login. */
    private Browser login(String user) throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> loginPage = browser.get("/login");
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.client.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
