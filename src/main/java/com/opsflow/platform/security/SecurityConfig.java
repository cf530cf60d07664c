package com.opsflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three filter chains, one user store (Camunda's identity service):
 * <ol>
 * <li>{@code /engine-rest/**} and {@code /api/**}: stateless HTTP Basic, 401/403 as JSON, the user
 * handed to the engine. Path-pattern matchers on purpose: string matchers become MVC matchers that
 * never match the Jersey servlet of the engine REST API and would leave it open.</li>
 * <li>{@code /camunda/**}: Tasklist, Cockpit and Admin keep their own login, session and CSRF
 * protection (Spring's CSRF and headers would clash with Camunda's own filters).</li>
 * <li>everything else (OpsFlow's own pages): form login with the same users, CSRF on.</li>
 * </ol>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain restApi(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService, ObjectMapper json) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/engine-rest/**"), PATHS.matcher("/api/**")))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication: no cookie, so no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // Camunda's webapps authenticate against the same identity service and guard their own
        // API with their session login and CsrfPreventionFilter.
        http.securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService) throws Exception {
        http.authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher("/"), PATHS.matcher("/error"), PATHS.matcher("/login"),
                                PATHS.matcher("/favicon.ico"), PATHS.matcher("/assets/**"), PATHS.matcher("/webjars/**"))
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }
}
