package com.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsflow.platform.TaskInputRefused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Completing a task or starting a process with bad input through the engine's REST API (Tasklist's
 * {@code /camunda/api/engine/…} or {@code /engine-rest/…}) is refused by OpsFlow's listeners with
 * {@link TaskInputRefused} (or a module's {@code BadRequestException} / {@code ForbiddenException});
 * Camunda answers any listener exception with HTTP 500. This filter answers such a refusal with
 * <b>400</b> (403 for a forbidden one) and Camunda's own JSON body, whose {@code message} becomes the
 * refusal's own Chinese text (Camunda's is "Cannot submit task form …: ENGINE-03051 There was an
 * exception while invoking the TaskListener …", which Tasklist would show the person as it is), so
 * clients and monitoring tell bad input from a fault and staff read only the reason. Only task
 * completion and process start are buffered; every other request passes untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RefusedInputStatus extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern COMMANDS = Pattern.compile(
            "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(task/[^/]+/(complete|submit-form|resolve)"
                    + "|process-definition/[^/]+/(start|submit-form)|process-definition/key/[^/]+(/tenant-id/[^/]+)?/(start|submit-form))$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMMANDS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TaskInputRefused.takeRefused();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            TaskInputRefused.Refusal refused = TaskInputRefused.takeRefusal();
            if (refused != null && wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
                wrapper.setStatus(refused.status());
                byte[] body = withMessage(wrapper.getContentAsByteArray(), refused.message());
                if (body != null) {
                    wrapper.resetBuffer();
                    wrapper.getOutputStream().write(body);
                }
            }
            wrapper.copyBodyToResponse();
        }
    }

    /** Camunda's error body with the refusal's message; null when the body is not a JSON object. */
    static byte[] withMessage(byte[] camundaBody, String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(camundaBody);
            if (!(body instanceof ObjectNode error)) {
                return null;
            }
            error.put("message", message);
            return JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
