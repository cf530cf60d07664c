package com.opsflow.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database gone (stopped, unreachable, no connection lent within Hikari's
 * {@code connection-timeout}) before a controller runs, in the password check of Spring
 * Security say: a 503 with {@code Retry-After} and the same Chinese message as {@link ApiErrors},
 * never a 500 with a stack trace. It wraps every request from in front of Spring Security; errors
 * inside controllers are answered by {@link ApiErrors} already and never reach it. Other errors
 * pass on unchanged.
 */
final class DatabaseDownFilter extends OncePerRequestFilter {

    static final String TITLE = "服務暫時無法使用 / service unavailable";
    static final String DETAIL = "資料庫暫時無法連線，這筆尚未處理，請 " + ApiErrors.DATABASE_RETRY_AFTER_SECONDS
            + " 秒後再試 / database unavailable; nothing was processed, retry after "
            + ApiErrors.DATABASE_RETRY_AFTER_SECONDS + " s";

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ObjectMapper json;
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    DatabaseDownFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!ApiErrors.databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            long now = System.nanoTime();
            long last = lastLog.get();
            if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
                log.warn("Database unavailable for {} {}: 503 (logged at most once in 10 s)", request.getMethod(),
                        request.getRequestURI());
            }
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiErrors.DATABASE_RETRY_AFTER_SECONDS));
            if (ApiErrors.isPageRequest(request)) {
                request.setAttribute(ErrorPages.DETAIL, DETAIL.substring(0, DETAIL.indexOf(" / ")));
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                return;
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
            problem.setTitle(TITLE);
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("retryAfterSeconds", ApiErrors.DATABASE_RETRY_AFTER_SECONDS);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), problem);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Outermost of OpsFlow's filters: in front of the front door and of Spring Security. */
        @Bean
        FilterRegistrationBean<DatabaseDownFilter> databaseDownFilter(ObjectMapper json) {
            var registration = new FilterRegistrationBean<>(new DatabaseDownFilter(json));
            registration.setName("OpsFlow database down");
            registration.addUrlPatterns("/*");
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
            return registration;
        }
    }
}
