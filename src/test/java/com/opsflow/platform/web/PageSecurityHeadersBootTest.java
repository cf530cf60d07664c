package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * OpsFlow's own pages answer with a Content-Security-Policy that allows no inline script and no
 * framing, nosniff and a same-origin referrer; and no page of OpsFlow carries an inline script or
 * a {@code javascript:} link that such a policy would silently break.
 */
@OpsFlowSpringBootTest
class PageSecurityHeadersBootTest {

    @LocalServerPort
    int port;

    @Test
    void everyOpsFlowPageForbidsInlineScriptAndFraming() {
        WebSession manager = new WebSession(port);
        assertHeaders(manager.get("/login"));
        manager.signIn("ops-mgr", "ops-mgr");
        for (String page : List.of("/attendance", "/me", "/orders", "/dashboard")) {
            HttpResponse<String> response = manager.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertHeaders(response);
        }
    }

    @Test
    void noPageCarriesAnInlineScriptThePolicyWouldBlock() throws Exception {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=\"|javascript:", Pattern.CASE_INSENSITIVE);
        for (String page : List.of("reporting/dashboard.html", "platform/login.html", "platform/error.html",
                "static/attendance/index.html", "static/me/index.html", "static/orders/index.html")) {
            String html = new String(new ClassPathResource(page).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(inline.matcher(html).find()).as("inline script in %s", page).isFalse();
        }
    }

    private static void assertHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        String scriptSrc = java.util.Arrays.stream(csp.split(";")).map(String::trim)
                .filter(d -> d.startsWith("script-src")).findFirst().orElse("");
        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
