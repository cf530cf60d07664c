package com.opsflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Signing in gives a new session (a session id planted before sign-in is worth nothing), signing
 * out ends it everywhere and only through a POST with the CSRF token, wrong passwords are
 * throttled by the engine, and every page of OpsFlow (found from Spring's request mappings)
 * carries the security headers.
 */
@OpsFlowSpringBootTest
class SessionsAndHeadersBootTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> getWithSession(String path, String sessionId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + sessionId).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signingInIssuesANewSessionSoAPlantedSessionIdIsWorthNothing() throws Exception {
        WebSession browser = new WebSession(port);
        browser.get("/login");
        String before = browser.cookie("JSESSIONID");
        assertThat(before).as("the sign-in page opens a session (for its CSRF token)").isNotBlank();

        browser.signIn("eng-east-1", "eng-east-1");
        String after = browser.cookie("JSESSIONID");
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(browser.get("/attendance").statusCode()).isEqualTo(200);
        // whoever planted or saw the old id is still a stranger
        HttpResponse<String> planted = getWithSession("/attendance", before);
        assertThat(planted.statusCode()).isEqualTo(302);
        assertThat(planted.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void signingOutOfAnOpsFlowPageEndsTheSessionEverywhere() throws Exception {
        WebSession browser = new WebSession(port);
        browser.signIn("eng-east-1", "eng-east-1");
        String session = browser.cookie("JSESSIONID");
        HttpResponse<String> page = browser.get("/login");
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> logout = browser.post("/logout", "_csrf=" + java.net.URLEncoder.encode(token.group(1),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.get("/login?logout").body()).contains("您已登出");
        assertThat(browser.get("/attendance").statusCode()).isEqualTo(302);
        assertThat(browser.getJson("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
        assertThat(getWithSession("/me", session).statusCode()).as("the old session id after sign-out").isEqualTo(302);
    }

    @Test
    void signingOutNeedsAPostWithTheCsrfToken() {
        WebSession browser = new WebSession(port);
        browser.signIn("eng-east-1", "eng-east-1");
        // a link or an image on another site cannot sign a person out
        browser.get("/logout");
        assertThat(browser.get("/attendance").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = browser.post("/logout", "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/attendance").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordCountsOnceAndTenLockTheAccountUntilAnAdminUnlocksIt() {
        String probe = "throttle-probe";
        if (identityService.createUserQuery().userId(probe).count() == 0) {
            User user = identityService.newUser(probe);
            user.setFirstName("節流");
            user.setLastName("測試");
            user.setPassword("correct-horse");
            identityService.saveUser(user);
        }
        try {
            WebSession browser = new WebSession(port);
            assertThat(browser.signIn(probe, "wrong").headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
            Timestamp lock = jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", Timestamp.class, probe);
            assertThat(lock).as("the engine's lock after a wrong password").isNotNull();
            assertThat(jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class, probe))
                    .isEqualTo(1);
            // as if ten wrong passwords in a row (loginMaxAttempts): the right one is refused until an admin unlocks
            jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 10 where ID_ = ?", probe);
            assertThat(browser.signIn(probe, "correct-horse").headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
            identityService.unlockUser(probe);
            assertThat(new WebSession(port).signIn(probe, "correct-horse").headers().firstValue("Location").orElseThrow())
                    .endsWith("/camunda/app/tasklist/default/");
        } finally {
            identityService.unlockUser(probe);
            identityService.deleteUser(probe);
        }
    }

    /**
     * Every GET page of OpsFlow without path variables, from Spring's request mappings; the
     * webapps' plugin data under {@code /camunda/api/opsflow} carries Camunda's headers instead.
     */
    private List<String> pages() {
        TreeSet<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getName().startsWith("com.opsflow.")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            info.getPatternValues().stream().filter(p -> !p.startsWith("/api/") && !p.startsWith("/camunda/") && !p.contains("{")).forEach(pages::add);
        });
        return List.copyOf(pages);
    }

    @Test
    void everyOpsFlowPageAndErrorPageCarriesTheSecurityHeaders() {
        List<String> pages = pages();
        assertThat(pages).contains("/login", "/dashboard", "/me");
        WebSession admin = new WebSession(port);
        admin.signIn("ops-mgr", "ops-mgr");
        List<String> missing = new ArrayList<>();
        int html = 0;
        for (String page : pages) {
            HttpResponse<String> response = admin.get(page);
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                html++;
            }
            String problem = headerProblem(response);
            if (problem != null) {
                missing.add(page + " → " + response.statusCode() + ": " + problem);
            }
        }
        for (String page : List.of("/no-such-page", "/orders/", "/attendance/", "/me/")) {
            String problem = headerProblem(admin.get(page));
            if (problem != null) {
                missing.add(page + ": " + problem);
            }
        }
        String anonymous = headerProblem(new WebSession(port).get("/login?error"));
        if (anonymous != null) {
            missing.add("/login?error (anonymous): " + anonymous);
        }
        assertThat(html).as("HTML pages among the routes").isGreaterThanOrEqualTo(4);
        assertThat(missing).as("pages without the security headers").isEmpty();
    }

    private static String headerProblem(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        String scriptSrc = java.util.Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith("script-src"))
                .findFirst().orElse("");
        if (!scriptSrc.equals("script-src 'self'")) {
            return "script-src is '" + scriptSrc + "'";
        }
        if (!csp.contains("frame-ancestors 'none'")) {
            return "no frame-ancestors 'none'";
        }
        if (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            return "no nosniff";
        }
        return null;
    }
}
