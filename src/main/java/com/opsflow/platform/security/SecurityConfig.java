package com.opsflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One user store (Camunda's identity service), one sign-in page, one session, one logout:
 * <ol>
 * <li>{@code /engine-rest/**} and {@code /api/**}: stateless HTTP Basic for other systems, 401/403
 * as JSON, the user handed to the engine. Path-pattern matchers on purpose: string matchers become
 * MVC matchers that never match the Jersey servlet of the engine REST API and would leave it open.</li>
 * <li>{@code /camunda/**} (Tasklist, Cockpit, Admin): the Spring Security session of the OpsFlow
 * sign-in page. Camunda learns the user through its {@link ContainerBasedAuthenticationFilter}
 * (Camunda's documented way for container-based authentication) with
 * {@link SpringSecurityWebappUser} as provider; its own login endpoint is closed. Camunda's
 * CsrfPreventionFilter and security headers stay in charge of its API.</li>
 * <li>everything else (OpsFlow's pages, the sign-in page {@code /login}): form login, CSRF on.</li>
 * </ol>
 * The two session chains share the session's security context and saved request, so a
 * person who opens Tasklist, the dashboard or {@code /attendance} signs in once and comes back to
 * where they were going.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String LOGIN_PAGE = "/login";
    /** Where a person lands after signing in when they were going nowhere in particular. */
    static final String HOME = "/camunda/app/tasklist/default/";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain restApi(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService, ObjectMapper json, AdminOnlyEngineOperations adminOnly) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/engine-rest/**"), PATHS.matcher("/api/**")))
                .authenticationProvider(provider)
                // groups and data scopes are checked by each controller (as for /api/staff/**), after
                // the hostile-input guard: a forbidden request with a hostile body is refused as hostile
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication: no cookie, so no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .addFilterAfter(adminOnly, AuthorizationFilter.class);
        return http.build();
    }

    /** Cascade deletion, deleting what still runs, instance deletion, modification and migration: administrators only. */
    @Bean
    AdminOnlyEngineOperations adminOnlyEngineOperations(EngineAccessProperties properties, RuntimeService runtimeService,
            IdentityService identityService, ObjectMapper json) {
        return new AdminOnlyEngineOperations(Set.copyOf(properties.adminGroups()), runtimeService, identityService, json);
    }

    /** Used inside the two security chains only, not as a filter of its own. */
    @Bean
    FilterRegistrationBean<AdminOnlyEngineOperations> adminOnlyEngineOperationsOutsideTheChains(AdminOnlyEngineOperations filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AdminOnlyEngineOperations adminOnly) throws Exception {
        var webappApi = PATHS.matcher("/camunda/api/**");
        http.securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        // the webapps' code, styles and translations are public; pages and data are not
                        .requestMatchers(PATHS.matcher("/camunda/lib/**"), PATHS.matcher("/camunda/assets/**"),
                                PATHS.matcher("/camunda/favicon.ico"), PATHS.matcher("/camunda/app/*/*.js"),
                                PATHS.matcher("/camunda/app/*/*.css"), PATHS.matcher("/camunda/app/*/locales/**"),
                                PATHS.matcher("/camunda/app/*/scripts/**"), PATHS.matcher("/camunda/app/*/styles/**"))
                        .permitAll()
                        // Camunda's own login would be a second sign-in beside OpsFlow's: closed
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex
                        // the webapps' API answers 401: the app then shows its login route, which
                        // OpsFlow's custom script turns into a visit of the sign-in page
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                                PATHS.matcher("/camunda/**")))
                // The webapps' "sign out" ends the one session (and with it every app and OpsFlow page).
                .logout(logout -> logout
                        .logoutRequestMatcher(new CamundaLogoutRequest())
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                // Camunda's CsrfPreventionFilter guards its API (the logout above checks its token
                // itself) and HttpHeaderSecurityFilter writes its security headers.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                // Cockpit deletes and modifies through its copy of the engine API: same limits
                .addFilterAfter(adminOnly, AuthorizationFilter.class);
        return http.build();
    }

    /** The Content-Security-Policy of OpsFlow's own pages (/attendance, /me, /orders, /dashboard, sign-in, errors). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService) throws Exception {
        http.authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PATHS.matcher("/"), PATHS.matcher("/error"), PATHS.matcher(LOGIN_PAGE),
                                PATHS.matcher("/favicon.ico"), PATHS.matcher("/assets/**"), PATHS.matcher("/webjars/**"))
                        .permitAll()
                        .anyRequest().authenticated())
                // OpsFlow's pages load scripts only from files of their own origin (no inline script),
                // are never framed and are not sniffed; styles may be inline (the dashboard's)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> { })
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(HOME).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Camunda's container-based authentication (documented for single sign-on): on every request
     * to a webapp or its engine API it asks {@link SpringSecurityWebappUser} who is signed in and
     * keeps Camunda's authentication (groups, tenants, authorized apps) in the same session. It runs
     * right after Spring Security and before Camunda's own filters, which read that authentication.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("OpsFlow container-based authentication");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityWebappUser.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(0);
        return registration;
    }
}
