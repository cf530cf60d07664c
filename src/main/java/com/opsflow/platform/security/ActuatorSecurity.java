package com.opsflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Boot's actuator ({@code /actuator/**}, docs/operations.md "Monitoring"): stateless HTTP
 * Basic. {@code GET /actuator/health} is open so that a load balancer or a monitoring system reads
 * UP/DOWN (HTTP 200/503) without a password; its details (database, engine, job executor) are
 * shown to {@code camunda-admin} only ({@code management.endpoint.health.roles}). So are the probes
 * {@code /actuator/health/liveness} and {@code /actuator/health/readiness}: a node is ready once it
 * has started, its start-up work (the order path's warm-up) included. Every other actuator endpoint
 * is for {@code camunda-admin}.
 */
@Configuration
class ActuatorSecurity {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, CamundaIdentityAuthenticationProvider provider, ObjectMapper json)
            throws Exception {
        http.securityMatcher(PATHS.matcher("/actuator/**"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health")).permitAll()
                        // the probes a load balancer or Kubernetes asks: UP/DOWN only, like the health
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health/liveness")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health/readiness")).permitAll()
                        .anyRequest().hasAuthority(Groups.CAMUNDA_ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
