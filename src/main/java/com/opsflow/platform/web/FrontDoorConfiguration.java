package com.opsflow.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.platform.engine.ConnectionBudget;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs the {@link FrontDoorGuard} in front of Spring Security (a refused write costs no
 * password check and no connection), sized by {@code opsflow.front-door.*} within the connection
 * budget: writes running and waiting together fewer than the web threads (by default half of them
 * run, a quarter may wait), so reads and quick refusals always find a thread. Refuses to start when the setting does
 * not fit. {@code opsflow.front-door.enabled=false} removes the guard.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opsflow.front-door.enabled", havingValue = "true", matchIfMissing = true)
class FrontDoorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FrontDoorConfiguration.class);

    @Bean
    FrontDoorGuard frontDoorGuard(CamundaBpmProperties camunda, ServerProperties server, ObjectMapper json,
            @Value("${opsflow.connection-pool.reserve:2}") int reserve,
            @Value("${opsflow.front-door.max-concurrent-writes:0}") int writes,
            @Value("${opsflow.front-door.max-queued:-1}") int queued,
            @Value("${opsflow.front-door.max-wait:500ms}") Duration maxWait,
            @Value("${opsflow.front-door.retry-after:2s}") Duration retryAfter) {
        ConnectionBudget budget = ConnectionBudget.of(camunda, server, reserve);
        int permits = writes > 0 ? writes : budget.defaultFrontDoorWrites();
        int waiting = queued >= 0 ? queued : budget.defaultFrontDoorQueue();
        if (!budget.admitsFrontDoorWrites(permits, waiting)) {
            throw new IllegalStateException(budget.frontDoorRefusal(permits, waiting));
        }
        log.info("Front door: at most {} writes to /api and /engine-rest at once and {} waiting (of {} web threads);"
                + " a write waits at most {} ms, then 503 with Retry-After {}", permits, waiting, budget.webThreads(),
                maxWait.toMillis(), retryAfter);
        return new FrontDoorGuard(permits, waiting, maxWait, retryAfter, json);
    }

    @Bean
    FilterRegistrationBean<FrontDoorGuard> frontDoorGuardRegistration(FrontDoorGuard guard) {
        var registration = new FilterRegistrationBean<>(guard);
        registration.setName("OpsFlow front door");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
