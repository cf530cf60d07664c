package com.opsflow.modeler.web;

import com.opsflow.identity.Groups;
import com.opsflow.modeler.ModelRefused;
import com.opsflow.modeler.internal.ModelerService;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /modeler} for process owners, on the page chain (sign-in session, CSRF on): the page, its
 * data and its actions. Everyone else gets 403 (OpsFlow's Chinese error page, or JSON for scripts).
 * The editor's code is bundled from {@code src/main/modeler-ui} into the jar at build time
 * ({@code /modeler/assets/…}); nothing is fetched from elsewhere.
 */
@RestController
class ModelerController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final ModelerService modeler;
    private final ObjectMapper json;

    ModelerController(ModelerService modeler, ObjectMapper json) {
        this.modeler = modeler;
        this.json = json;
    }

    static CurrentUser owner() {
        CurrentUser user = CurrentUser.get();
        if (!user.inGroup(Groups.PROCESS_OWNER)) {
            throw new ForbiddenException("流程設計器僅供流程負責人使用 / process owners only");
        }
        return user;
    }

    @GetMapping(value = {"/modeler", "/modeler/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Resource> page() {
        owner();
        return ResponseEntity.ok().contentType(HTML).body(new ClassPathResource("modeler/index.html"));
    }

    record Session(String user, String csrfHeader, String csrfToken) {
    }

    @GetMapping("/modeler/api/session")
    Session session(CsrfToken csrf) {
        return new Session(owner().id(), csrf.getHeaderName(), csrf.getToken());
    }

    @GetMapping("/modeler/api/processes")
    List<ModelerService.ProcessSummary> processes() {
        owner();
        return modeler.processes();
    }

    @GetMapping("/modeler/api/processes/{key}/changes")
    List<Map<String, Object>> changes(@PathVariable String key) {
        owner();
        return modeler.changes(key);
    }

    /** A deployed version's XML; {@code ?download=true} exports it as a file. */
    @GetMapping("/modeler/api/definitions/{id}/xml")
    ResponseEntity<byte[]> xml(@PathVariable String id, @RequestParam(defaultValue = "false") boolean download) {
        owner();
        byte[] xml = modeler.xml(id);
        var response = ResponseEntity.ok().contentType(XML);
        if (download) {
            ProcessDefinition definition = modeler.definition(id);
            String file = definition.getKey() + "-v" + definition.getVersion()
                    + (definition.getVersionTag() == null ? "" : "-" + definition.getVersionTag()) + ".bpmn";
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
        }
        return response.body(xml);
    }

    @GetMapping("/modeler/api/processes/{key}/repository-xml")
    ResponseEntity<byte[]> repositoryXml(@PathVariable String key) {
        owner();
        return ResponseEntity.ok().contentType(XML).body(modeler.repositoryXml(key));
    }

    record ModelRequest(String key, String xml, String comment) {
    }

    @PostMapping("/modeler/api/lint")
    Map<String, Object> lint(@RequestBody ModelRequest request) {
        owner();
        String key = request.key() == null ? "model" : request.key();
        return Map.of("findings", modeler.lint(key + ".bpmn", request.xml()),
                "warnings", modeler.lintWarnings(key + ".bpmn", request.xml()));
    }

    @PostMapping("/modeler/api/processes/{key}/deployments")
    ModelerService.Deployed deploy(@PathVariable String key, @RequestBody ModelRequest request) {
        CurrentUser user = owner();
        return modeler.deploy(key, request.xml(), request.comment(), user.id());
    }

    @ExceptionHandler(ModelRefused.class)
    ResponseEntity<ProblemDetail> refused(ModelRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "模型未通過檢查，沒有部署。");
        problem.setTitle("模型未通過檢查");
        List<ModelerService.Finding> findings = new ArrayList<>();
        refused.findings().forEach(f -> findings.add(new ModelerService.Finding(f.resource(), f.elementId(), f.rule(),
                f.message())));
        problem.setProperty("findings", findings);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/modeler/api/migrations/preview")
    ModelerService.MigrationPreview preview(@RequestParam String source, @RequestParam String target) {
        owner();
        return modeler.preview(source, target);
    }

    record MigrationRequest(String source, String target, List<String> instanceIds) {
    }

    @PostMapping("/modeler/api/migrations")
    ModelerService.MigrationStarted migrate(@RequestBody MigrationRequest request) {
        CurrentUser user = owner();
        if (request.source() == null || request.target() == null) {
            throw new com.opsflow.platform.BadRequestException("請選擇來源與目標版本");
        }
        return modeler.migrate(request.source(), request.target(), request.instanceIds(), user.id());
    }

    @GetMapping("/modeler/api/batches/{id}")
    Map<String, Object> batch(@PathVariable String id) {
        owner();
        return modeler.batch(id);
    }

    /** OpsFlow's element templates, the files of bpmn/.camunda/element-templates/ as one array. */
    @GetMapping("/modeler/api/element-templates")
    List<JsonNode> elementTemplates() {
        owner();
        List<JsonNode> templates = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:bpmn/.camunda/element-templates/*.json")) {
                try (InputStream in = file.getInputStream()) {
                    json.readTree(in).forEach(templates::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    @GetMapping("/modeler/api/forms")
    List<ModelerService.FormSummary> forms() {
        owner();
        return modeler.forms();
    }

    @GetMapping("/modeler/api/forms/{id}/schema")
    ResponseEntity<byte[]> formSchema(@PathVariable String id) {
        owner();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(modeler.formSchema(id));
    }

    /** A deployed version of a form (any version); {@code ?download=true} exports it as a {@code .form} file. */
    @GetMapping("/modeler/api/form-definitions/{id}/schema")
    ResponseEntity<byte[]> formVersionSchema(@PathVariable String id, @RequestParam(defaultValue = "false") boolean download) {
        owner();
        var form = modeler.formDefinition(id);
        byte[] schema = modeler.formVersionSchema(id);
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (download) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(form.getKey() + "-v" + form.getVersion() + ".form").build().toString());
        }
        return response.body(schema);
    }

    record FormRequest(String schema, String comment) {
    }

    record FormCompareRequest(String schema, String against) {
    }

    /** The edited form against a deployed version (the latest unless {@code against} names one): field by field. */
    @PostMapping("/modeler/api/forms/{id}/diff")
    ModelerService.FormComparison compareForm(@PathVariable String id, @RequestBody FormCompareRequest request) {
        owner();
        return modeler.compareForm(id, request.schema(), request.against());
    }

    /** What refuses the edited form on deployment (what Tasklist 7.24 cannot render, duplicate keys), without deploying. */
    @PostMapping("/modeler/api/forms/{id}/lint")
    Map<String, Object> lintForm(@PathVariable String id, @RequestBody FormRequest request) {
        owner();
        return Map.of("findings", modeler.lintForm(id, request.schema()));
    }

    @PostMapping("/modeler/api/forms/{id}/deployments")
    Map<String, Object> deployForm(@PathVariable String id, @RequestBody FormRequest request) {
        CurrentUser user = owner();
        return modeler.deployForm(id, request.schema(), request.comment(), user.id());
    }
}
