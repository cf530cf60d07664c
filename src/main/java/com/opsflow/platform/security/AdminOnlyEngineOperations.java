package com.opsflow.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine operations that can destroy or rewrite live orders stay with administrators, whatever
 * the engine's authorizations grant (process owners hold every permission on process definitions,
 * so that they may deploy and read): deleting a deployment or a process definition that still has
 * running instances, any cascade deletion, deleting process instances, and modifying or migrating
 * instances through the raw engine REST API ({@code /engine-rest/…}) or Cockpit's copy of it
 * ({@code /camunda/api/engine/engine/<name>/…}). The refusal is a 403 in Chinese that both a REST
 * client ({@code detail}) and Cockpit ({@code message}) show. OpsFlow's own services (the modeler's
 * guided migration, say) are not engine REST routes and are not affected.
 */
class AdminOnlyEngineOperations extends OncePerRequestFilter {

    static final String CASCADE = "連帶刪除（cascade）會刪除執行中的工單與申請，僅限管理員 / cascade deletion is for administrators only";
    static final String RUNNING = "仍有 %d 個執行中的流程實例，只有管理員可以刪除 / %d running instances: only administrators may delete";
    static final String DELETE_INSTANCE = "刪除流程實例僅限管理員 / deleting process instances is for administrators only";
    static final String MODIFY = "修改流程實例（移動執行位置）僅限管理員 / modifying process instances is for administrators only";
    static final String MIGRATE = "透過引擎 API 遷移流程實例僅限管理員 / migrating instances through the engine API is for administrators only";

    /** The engine-relative path: {@code /engine-rest[/engine/<name>]/…} or {@code /camunda/api/engine/engine/<name>/…}. */
    private static final Pattern ENGINE_PATH = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern DEPLOYMENT = Pattern.compile("^/deployment/([^/]+)/?$");
    private static final Pattern DEFINITION_BY_ID = Pattern.compile("^/process-definition/([^/]+)/?$");
    private static final Pattern DEFINITION_BY_KEY = Pattern.compile("^/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/?$");
    private static final Pattern INSTANCE = Pattern.compile("^/process-instance/([^/]+)/?$");
    private static final Pattern INSTANCE_DELETE_BATCH = Pattern.compile("^/process-instance/(delete|delete-historic-query-based)/?$");
    private static final Pattern MODIFICATION = Pattern.compile(
            "^(/process-instance/[^/]+/(modification|modification-async)|/modification/(execute|executeAsync))/?$");
    private static final Pattern MIGRATION = Pattern.compile("^/migration/(execute|executeAsync)/?$");

    private final Set<String> adminGroups;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ObjectMapper json;

    AdminOnlyEngineOperations(Set<String> adminGroups, RuntimeService runtimeService, IdentityService identityService,
            ObjectMapper json) {
        this.adminGroups = Set.copyOf(adminGroups);
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refusal = isAdmin() ? Optional.empty() : refusal(request);
        if (refusal.isPresent()) {
            write(response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the request is an administrator's, or empty when anyone the engine allows may send it. */
    Optional<String> refusal(HttpServletRequest request) {
        Matcher engine = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!engine.matches()) {
            return Optional.empty();
        }
        String path = engine.group(1);
        String method = request.getMethod();
        boolean cascade = "true".equalsIgnoreCase(request.getParameter("cascade"));
        if ("DELETE".equals(method)) {
            Matcher m;
            if ((m = DEPLOYMENT.matcher(path)).matches()) {
                String id = m.group(1);
                return cascade ? Optional.of(CASCADE) : running(() -> runtimeService.createProcessInstanceQuery().deploymentId(id).count());
            }
            if ((m = DEFINITION_BY_KEY.matcher(path)).matches()) {
                String key = m.group(1);
                return cascade ? Optional.of(CASCADE)
                        : running(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count());
            }
            if ((m = DEFINITION_BY_ID.matcher(path)).matches() && !"key".equals(m.group(1))) {
                String id = m.group(1);
                return cascade ? Optional.of(CASCADE)
                        : running(() -> runtimeService.createProcessInstanceQuery().processDefinitionId(id).count());
            }
            if (INSTANCE.matcher(path).matches()) {
                return Optional.of(DELETE_INSTANCE);
            }
        }
        if ("POST".equals(method)) {
            if (INSTANCE_DELETE_BATCH.matcher(path).matches()) {
                return Optional.of(DELETE_INSTANCE);
            }
            if (MODIFICATION.matcher(path).matches()) {
                return Optional.of(MODIFY);
            }
            if (MIGRATION.matcher(path).matches()) {
                return Optional.of(MIGRATE);
            }
        }
        return Optional.empty();
    }

    /** Counts the running instances as the system: the caller may not read them all, they still exist. */
    private Optional<String> running(Supplier<Long> count) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        long running;
        try {
            running = count.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
        return running == 0 ? Optional.empty() : Optional.of(RUNNING.formatted(running, running));
    }

    private boolean isAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(adminGroups::contains);
    }

    private void write(HttpServletResponse response, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("title", "沒有權限 / forbidden");
        body.put("status", HttpStatus.FORBIDDEN.value());
        body.put("detail", detail);
        // Camunda's webapps show an error's "message"
        body.put("message", detail);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }
}
