package com.opsflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;

/**
 * The "sign out" of Tasklist, Cockpit and Admin ({@code POST /camunda/api/admin/auth/user/{engine}/logout}),
 * recognised only with Camunda's CSRF token: the header {@code X-XSRF-TOKEN} must equal the token
 * Camunda's CsrfPreventionFilter keeps in the session. Spring Security handles it before Camunda's
 * filters run, so the check is repeated here and no other site can sign a person out.
 */
final class CamundaLogoutRequest implements RequestMatcher {

    static final String CAMUNDA_CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CAMUNDA_CSRF_HEADER = "X-XSRF-TOKEN";

    private final RequestMatcher path = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!path.matches(request)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CAMUNDA_CSRF_SESSION_ATTRIBUTE);
        String given = request.getHeader(CAMUNDA_CSRF_HEADER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
