package com.opsflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the REST chain as JSON {@code ProblemDetail}s, like every other API error. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpsFlow\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "請先登入 / authentication required", request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) ->
                write(json, response, HttpStatus.FORBIDDEN, "沒有權限 / not allowed for your groups", request.getRequestURI());
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail,
            String path) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
