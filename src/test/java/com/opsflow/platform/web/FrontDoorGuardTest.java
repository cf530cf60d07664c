package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The front door's bounded concurrency, without a server: permits, the 503 and its release. */
class FrontDoorGuardTest {

    // as the application's mapper: ProblemDetail properties at the top level
    private final ObjectMapper json = org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build();
    private final FrontDoorGuard guard = new FrontDoorGuard(1, 1, Duration.ofMillis(20), Duration.ofSeconds(2), json);
    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aWriteFindingEveryPermitTakenIsRefusedWith503InChineseAndRetryAfterAndNeverRuns() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<MockHttpServletResponse> first = threads.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            guard.doFilter(post("/api/work-orders"), response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void service(jakarta.servlet.http.HttpServletRequest req,
                        jakarta.servlet.http.HttpServletResponse res) {
                    inside.countDown();
                    try {
                        finish.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    res.setStatus(201);
                }
            }));
            return response;
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ran = new AtomicInteger();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        guard.doFilter(post("/api/work-orders"), refused, counting(ran));

        assertThat(ran).hasValue(0);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("title").asText()).startsWith("系統忙碌中");
        assertThat(body.get("detail").asText()).startsWith("目前同時送出的請求過多").contains("2 秒後");
        assertThat(body.get("instance").asText()).isEqualTo("/api/work-orders");
        assertThat(body.get("retryAfterSeconds").asInt()).isEqualTo(2);
        assertThat(guard.refused()).isEqualTo(1);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(guard.available()).isEqualTo(1);

        // the permit is back: the next write runs
        MockHttpServletResponse next = new MockHttpServletResponse();
        guard.doFilter(post("/api/work-orders"), next, counting(ran));
        assertThat(ran).hasValue(1);
        assertThat(next.getStatus()).isEqualTo(200);
    }

    @Test
    void aPermitIsReleasedWhenTheRequestFails() {
        assertThatThrownBy(() -> guard.doFilter(post("/engine-rest/process-definition/key/x/start"),
                new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req,
                            jakarta.servlet.http.HttpServletResponse res) throws ServletException {
                        throw new ServletException("boom");
                    }
                }))).isInstanceOf(ServletException.class);
        assertThat(guard.available()).isEqualTo(1);
    }

    @Test
    void readsPagesAndTheWebappsAreNotHeldBack() throws Exception {
        int taken = guard.occupyAll();
        try {
            AtomicInteger ran = new AtomicInteger();
            for (MockHttpServletRequest request : new MockHttpServletRequest[] {
                    new MockHttpServletRequest("GET", "/api/work-orders/WO-1"),
                    new MockHttpServletRequest("GET", "/engine-rest/task"),
                    new MockHttpServletRequest("POST", "/login"),
                    new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/1/complete")}) {
                MockHttpServletResponse response = new MockHttpServletResponse();
                guard.doFilter(request, response, counting(ran));
                assertThat(response.getStatus()).isEqualTo(200);
            }
            assertThat(ran).hasValue(4);
            // every kind of write to the two APIs is guarded
            for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
                MockHttpServletResponse response = new MockHttpServletResponse();
                guard.doFilter(new MockHttpServletRequest(method, "/api/anything"), response, counting(ran));
                assertThat(response.getStatus()).isEqualTo(503);
            }
            assertThat(ran).hasValue(4);
        } finally {
            guard.release(taken);
        }
    }

    @Test
    void whenAsManyWritesWaitAsAllowedTheNextIsRefusedWithoutWaiting() throws Exception {
        FrontDoorGuard noQueue = new FrontDoorGuard(1, 0, Duration.ofSeconds(30), Duration.ofSeconds(2), json);
        int taken = noQueue.occupyAll();
        try {
            AtomicInteger ran = new AtomicInteger();
            MockHttpServletResponse response = new MockHttpServletResponse();
            long start = System.nanoTime();
            noQueue.doFilter(post("/api/work-orders"), response, counting(ran));
            // refused at once, not after the 30 s it would otherwise wait
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(ran).hasValue(0);
        } finally {
            noQueue.release(taken);
        }
    }

    @Test
    void atLeastOnePermit() {
        assertThatThrownBy(() -> new FrontDoorGuard(0, 0, Duration.ZERO, Duration.ofSeconds(1), json))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockHttpServletRequest post(String uri) {
        return new MockHttpServletRequest("POST", uri);
    }

    private static MockFilterChain counting(AtomicInteger ran) {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                ran.incrementAndGet();
                res.setStatus(200);
            }
        });
    }
}
