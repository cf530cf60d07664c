package com.opsflow.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front door's bounded concurrency: at most {@code permits} writes
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) to {@code /api/**} and
 * {@code /engine-rest/**} run at once. A write that finds every permit taken waits at most
 * {@code maxWait} for one, then is answered {@code 503} at once, with a Chinese message and
 * {@code Retry-After}, before anything of it runs (nothing is half-written). Reads, pages and the
 * webapps are not held back, so people still see their tasks while a burst of writes is shed.
 *
 * <p>Without it a burst queues in Tomcat and waits for request threads and connections: answers
 * take seconds and clients time out after their own 30 s while the server still completes the
 * work. The permits are a share of the web threads of the connection budget (docs/operations.md,
 * "Connection pool sizing"), so an admitted write never waits for a connection.
 */
class FrontDoorGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FrontDoorGuard.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Semaphore permits;
    private final int size;
    private final int maxQueued;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Duration maxWait;
    private final long retryAfterSeconds;
    private final ObjectMapper json;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    FrontDoorGuard(int permits, int maxQueued, Duration maxWait, Duration retryAfter, ObjectMapper json) {
        if (permits < 1) {
            throw new IllegalArgumentException("opsflow.front-door.max-concurrent-writes must be at least 1");
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("opsflow.front-door.max-queued cannot be negative");
        }
        this.maxQueued = maxQueued;
        this.permits = new Semaphore(permits, true); // fair: the longest waiting write goes first
        this.size = permits;
        this.maxWait = maxWait;
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !guarded(request);
    }

    static boolean guarded(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // a timed tryAcquire keeps the semaphore's order: a newcomer never overtakes a waiting write
        boolean admitted = acquire(0);
        if (!admitted) {
            if (waiting.incrementAndGet() <= maxQueued) {
                admitted = acquire(maxWait.toNanos());
            }
            waiting.decrementAndGet();
        }
        if (!admitted) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean acquire(long nanos) {
        try {
            return permits.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long n = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
            log.warn("Front door busy: {} writes at once, {} refused with 503 since start", size, n);
        }
        ProblemDetail problem = busy(retryAfterSeconds);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The 503 of a full front door, as every API error: a {@code ProblemDetail}, Chinese first. */
    static ProblemDetail busy(long retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "目前同時送出的請求過多，這筆尚未處理，請 " + retryAfterSeconds + " 秒後再送一次 / too many requests at once;"
                        + " this one was not processed, retry after " + retryAfterSeconds + " s");
        problem.setTitle("系統忙碌中 / service busy");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    int permits() {
        return size;
    }

    int maxQueued() {
        return maxQueued;
    }

    int available() {
        return permits.availablePermits();
    }

    long refused() {
        return refused.get();
    }

    /** For tests: take every free permit, as a burst of writes would; returns how many. */
    int occupyAll() {
        return permits.drainPermits();
    }

    /** For tests: give back what {@link #occupyAll()} took. */
    void release(int taken) {
        permits.release(taken);
    }
}
