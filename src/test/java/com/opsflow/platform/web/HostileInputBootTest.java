package com.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input, one test per class of input, sent to every write route of OpsFlow's API (found
 * from Spring's request mappings) and to every start form of the deployed processes (found from
 * the engine), through {@code /engine-rest}: each is answered 400, 413 or 415 with a Chinese
 * message, never 500, nothing is stored and no expression is evaluated.
 */
@OpsFlowSpringBootTest
class HostileInputBootTest {

    private static final Set<Integer> REFUSALS = Set.of(400, 413, 415);
    private static final String USER = "cs-1";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private long instancesBefore;
    private long ordersBefore;

    @BeforeEach
    void countWhatIsStored() {
        instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
        ordersBefore = storedRows();
    }

    private long storedRows() {
        return jdbc.queryForObject("select (select count(*) from appraisal_entry) + (select count(*) from attendance_correction)"
                + " + (select count(*) from reporting_training) + (select count(*) from workorder_registration)"
                + " + (select count(*) from appeal_audit)", Long.class);
    }

    /** Every POST/PUT/PATCH route under /api, path variables filled in. */
    List<String[]> apiWriteRoutes() {
        List<String[]> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod m : methods) {
                    if (m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH) {
                        routes.add(new String[] {m.name(), pattern.replaceAll("\\{[^}]+}", "1")});
                    }
                }
            }
        });
        assertThat(routes).as("write routes of the API").hasSizeGreaterThan(5);
        return routes;
    }

    /** Every deployed process with a start form, as its engine REST submit-form path. */
    List<String> startForms() {
        List<String> keys = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(this::hasStartForm).map(ProcessDefinition::getKey).distinct().sorted().toList();
        assertThat(keys).as("processes with a start form").contains("repair", "leave", "installation");
        return keys.stream().map(k -> "/engine-rest/process-definition/key/" + k + "/submit-form").toList();
    }

    private boolean hasStartForm(ProcessDefinition definition) {
        return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
                .anyMatch(start -> start.getCamundaFormRef() != null || start.getCamundaFormKey() != null);
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + USER).getBytes()))
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String startVariables(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{\"variables\":{");
        String separator = "";
        for (Map.Entry<String, String> v : values.entrySet()) {
            json.append(separator).append('"').append(v.getKey()).append("\":{\"value\":").append(v.getValue())
                    .append(",\"type\":\"String\"}");
            separator = ",";
        }
        return json.append("}}").toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Sends the hostile text as every field of an API body and as a start form's fields. */
    private void assertRefusedEverywhere(String hostileText) {
        assertRefusedEverywhere(path -> startVariables(Map.of("customerName", quoted(hostileText), "address",
                quoted(hostileText), "description", quoted(hostileText), "reason", quoted(hostileText))),
                body -> "{\"customerName\":" + quoted(hostileText) + ",\"reason\":" + quoted(hostileText)
                        + ",\"description\":" + quoted(hostileText) + ",\"comment\":" + quoted(hostileText) + "}",
                "application/json");
    }

    private void assertRefusedEverywhere(Function<String, String> startBody, Function<String, String> apiBody, String type) {
        List<String> answers = new ArrayList<>();
        for (String[] route : apiWriteRoutes()) {
            answers.add(check(route[0], route[1], type, apiBody.apply(route[1]).getBytes(StandardCharsets.UTF_8)));
        }
        for (String form : startForms()) {
            answers.add(check("POST", form, type, startBody.apply(form).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(answers).as("answers that are not a Chinese refusal").allMatch(String::isEmpty);
        assertNothingStored();
    }

    private String check(String method, String path, String type, byte[] body) {
        HttpResponse<String> response = send(method, path, type, body);
        boolean refused = REFUSALS.contains(response.statusCode()) && response.body().matches("(?s).*\\p{IsHan}.*");
        return refused ? "" : method + " " + path + " → " + response.statusCode() + " " + response.body();
    }

    private void assertNothingStored() {
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).as("process instances").isEqualTo(instancesBefore);
        assertThat(storedRows()).as("rows of the modules").isEqualTo(ordersBefore);
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("pwned").count()).as("evaluated").isZero();
    }

    @Test
    void expressionsAreRefusedAndNeverEvaluated() {
        assertRefusedEverywhere("${execution.setVariable('pwned', true)}");
        assertRefusedEverywhere("#{execution.setVariable('pwned', true)}");
        assertRefusedEverywhere("$ {1+1}");
    }

    @Test
    void htmlAndScriptAreRefused() {
        assertRefusedEverywhere("<script>alert(1)</script>");
        assertRefusedEverywhere("陳<img src=x onerror=alert(1)>");
        assertRefusedEverywhere("<a href=\"https://evil.example\">點我</a>");
    }

    @Test
    void sqlInjectionShapesAreRefused() {
        assertRefusedEverywhere("x' OR '1'='1");
        assertRefusedEverywhere("陳大文'; DROP TABLE work_order; --");
        assertRefusedEverywhere("1 UNION SELECT password_ FROM act_id_user");
    }

    @Test
    void a100kBStringIsRefused() {
        assertRefusedEverywhere("長".repeat(100 * 1024 / 3));
        assertRefusedEverywhere("x".repeat(2001));
    }

    @Test
    void hugeJsonIsRefused() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertRefusedEverywhere(path -> "{\"variables\":" + deep + "}", path -> "{\"reason\":" + deep + "}", "application/json");
        StringBuilder wide = new StringBuilder("{\"variables\":{");
        for (int i = 0; i < 3000; i++) {
            wide.append(i == 0 ? "" : ",").append("\"v").append(i).append("\":{\"value\":1}");
        }
        String many = wide.append("}}").toString();
        assertRefusedEverywhere(path -> many, path -> many, "application/json");
    }

    @Test
    void invalidUtf8IsRefused() {
        List<String> answers = new ArrayList<>();
        byte[] invalid = {'{', '"', 'r', 'e', 'a', 's', 'o', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        for (String[] route : apiWriteRoutes()) {
            answers.add(check(route[0], route[1], "application/json", invalid));
        }
        byte[] start = "{\"variables\":{\"customerName\":{\"value\":\"\u00ff\u00fe\"}}}".getBytes(StandardCharsets.ISO_8859_1);
        for (String form : startForms()) {
            answers.add(check("POST", form, "application/json", start));
        }
        assertThat(answers).allMatch(String::isEmpty);
        assertNothingStored();
    }

    @Test
    void wrongContentTypesAreRefused() {
        List<String> answers = new ArrayList<>();
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            for (String[] route : apiWriteRoutes()) {
                answers.add(check(route[0], route[1], type, "reason=x".getBytes(StandardCharsets.UTF_8)));
            }
            for (String form : startForms()) {
                answers.add(check("POST", form, type, "customerName=x".getBytes(StandardCharsets.UTF_8)));
            }
        }
        assertThat(answers).allMatch(String::isEmpty);
        assertNothingStored();
    }

    @Test
    void malformedAndWrongTypedJsonIsRefused() {
        assertRefusedEverywhere(path -> "{\"variables\":", path -> "{\"reason\":", "application/json");
        // a work order whose fee is a word and whose fields are objects
        HttpResponse<String> wrongTyped = send("POST", "/api/work-orders", "application/json",
                "{\"type\":\"REPAIR\",\"customerName\":{\"a\":1},\"fee\":\"很多\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongTyped.statusCode()).isEqualTo(400);
        assertThat(wrongTyped.body()).containsPattern("\\p{IsHan}").doesNotContain("Exception");
        // a start form whose variable has a type the value is not
        HttpResponse<String> startWrongTyped = send("POST", "/engine-rest/process-definition/key/repair/submit-form",
                "application/json", "{\"variables\":{\"fee\":{\"value\":\"很多\",\"type\":\"Long\"}}}".getBytes(StandardCharsets.UTF_8));
        assertThat(startWrongTyped.statusCode()).isEqualTo(400);
        assertThat(startWrongTyped.body()).containsPattern("\\p{IsHan}");
        assertNothingStored();
    }

    @Test
    void missingFieldsAreRefused() {
        Map<String, String> answers = new LinkedHashMap<>();
        HttpResponse<String> emptyOrder = send("POST", "/api/work-orders", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        answers.put("/api/work-orders", REFUSALS.contains(emptyOrder.statusCode()) ? "" : emptyOrder.statusCode() + emptyOrder.body());
        for (String form : startForms()) {
            HttpResponse<String> empty = send("POST", form, "application/json", "{\"variables\":{}}".getBytes(StandardCharsets.UTF_8));
            boolean refused = REFUSALS.contains(empty.statusCode()) && empty.body().matches("(?s).*\\p{IsHan}.*");
            answers.put(form, refused ? "" : empty.statusCode() + " " + empty.body());
        }
        assertThat(answers).allSatisfy((form, answer) -> assertThat(answer).as(form).isEmpty());
        assertNothingStored();
    }
}
