package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.workorder.internal.OrderNumbers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The front door: who may take an order, each bad field → 400 with its message and nothing started. */
@OpsFlowSpringBootTest
class WorkOrderApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;
    @Autowired
    OrderNumbers numbers;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.camunda.bpm.engine.FormService formService;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    static Map<String, Object> repair() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "REPAIR");
        body.put("customerName", "陳大文");
        body.put("customerPhone", "13800138000");
        body.put("address", "東區幸福路 1 號");
        body.put("station", "east");
        body.put("channel", "PHONE");
        body.put("description", "無法上網");
        return body;
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = repair();
        body.put(field, value);
        return body;
    }

    static Stream<Arguments> badRequests() {
        Map<String, Object> renewalWithoutFee = with("type", "RENEWAL");
        renewalWithoutFee.put("agreedTime", Instant.now().plus(1, ChronoUnit.DAYS).toString().replace("Z", "+00:00"));
        return Stream.of(
                Arguments.of("missing phone", with("customerPhone", null), "customerPhone"),
                Arguments.of("bad phone", with("customerPhone", "12345"), "customerPhone"),
                Arguments.of("missing customer", with("customerName", " "), "customerName"),
                Arguments.of("missing address", with("address", null), "address"),
                Arguments.of("missing description (required as on the forms)", with("description", " "), "description"),
                Arguments.of("mobile of 10 digits", with("customerPhone", "1380013800"), "customerPhone"),
                Arguments.of("landline without area code", with("customerPhone", "86001234"), "customerPhone"),
                Arguments.of("unknown type", with("type", "MOVE"), "type"),
                Arguments.of("unknown channel", with("channel", "FAX"), "channel"),
                Arguments.of("unknown station", with("station", "north"), "station"),
                Arguments.of("unknown engineer", with("engineer", "eng-nobody"), "engineer"),
                Arguments.of("engineer of another station", with("engineer", "eng-west-1"), "engineer"),
                Arguments.of("not an engineer", with("engineer", "cs-2"), "engineer"),
                Arguments.of("past appointment", with("agreedTime", "2020-01-01T10:00:00+08:00"), "agreedTime"),
                Arguments.of("unreadable appointment", with("agreedTime", "tomorrow"), "agreedTime"),
                Arguments.of("renewal without fee", renewalWithoutFee, "fee"));
    }

    @ParameterizedTest(name = "{0} → 400")
    @MethodSource("badRequests")
    void eachBadFieldIsRefusedWithItsMessageAndNothingStarts(String label, Map<String, Object> body, String field) {
        long before = orders();
        ResponseEntity<Map<String, Object>> response = post("cs-1", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) response.getBody().get("errors");
        assertThat(errors).containsKey(field);
        assertThat(errors.get(field)).containsPattern("\\p{IsHan}");
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void onlyCustomerServiceTakesOrders() {
        long before = orders();
        assertThat(post("eng-east-1", repair()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/work-orders", repair(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void customerServiceTakesAnOrderAndGetsItsNumber() {
        ResponseEntity<Map<String, Object>> response = post("cs-2", repair());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String orderNo = (String) response.getBody().get("orderNo");
        assertThat(orderNo).matches("WO-\\d{8}-\\d{4}");
        assertThat(response.getHeaders().getLocation()).hasPath("/api/work-orders/" + orderNo);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                .processDefinitionKey("repair").singleResult().getId()).isEqualTo(response.getBody().get("processInstanceId"));

        ResponseEntity<Map<String, Object>> view = rest.withBasicAuth("cs-2", "cs-2")
                .exchange("/api/work-orders/" + orderNo, HttpMethod.GET, null, JSON);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(view.getBody()).containsEntry("status", "ACTIVE").containsEntry("type", "REPAIR");
        assertThat(view.getBody().get("openTasks").toString()).contains(WorkOrderProcess.DISPATCH);
        // not dispatched to this engineer: not theirs to read
        assertThat(rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/work-orders/" + orderNo, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("cs-2", "cs-2").getForEntity("/api/work-orders/WO-19990101-0001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * Issue 19: an order taken through the API keeps the customer's phone, address and request and
     * its intake channel in its row only, not as variables of any of its processes (each variable
     * costs a runtime row, a history row, a detail row and a delete); the order's view, which staff
     * and forms read, still shows them. The customer's name, which titles the tasks, stays a variable.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anOrderKeepsTheCustomersPhoneAddressRequestAndChannelInItsRowNotInVariables() {
        Map<String, Object> body = repair();
        body.put("channel", "wechat");
        body.put("engineer", "eng-east-1");
        ResponseEntity<Map<String, Object>> response = post("cs-2", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String orderNo = (String) response.getBody().get("orderNo");

        Set<String> names = new HashSet<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo).list()
                .forEach(p -> historyService.createHistoricVariableInstanceQuery().processInstanceId(p.getId()).list()
                        .forEach(v -> names.add(v.getName())));
        assertThat(names).contains("orderNo", "customerName", "station", "engineer", "csAgent", "contactDue")
                .doesNotContain("customerPhone", "address", "description", "channel", "orderType", "dispatchedAt");

        ResponseEntity<Map<String, Object>> view = rest.withBasicAuth("cs-2", "cs-2")
                .exchange("/api/work-orders/" + orderNo, HttpMethod.GET, null, JSON);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) view.getBody().get("order")).containsEntry("customerName", "陳大文")
                .containsEntry("customerPhone", "13800138000").containsEntry("address", "東區幸福路 1 號")
                .containsEntry("description", "無法上網").containsEntry("channel", "WECHAT");
    }

    @Test
    void anOrderTakenWithTheTasklistStartFormGetsItsNumberAndItsAgent() throws Exception {
        var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("installation")
                .latestVersion().singleResult();
        assertThat(formService.getStartFormKey(definition.getId())).isNull();
        assertThat(formService.getStartFormData(definition.getId()).getCamundaFormRef().getKey())
                .isEqualTo("workorder-start-installation");
        try (var form = formService.getDeployedStartForm(definition.getId())) {
            assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"id\": \"workorder-start-installation\"");
        }
        Map<String, Object> vars = repair();
        vars.remove("type");
        vars.put("agreedTime", "2099-01-01T10:00+08:00"); // as the form's date-time field submits it
        identityService.setAuthentication("cs-2", List.of("customer-service"));
        org.camunda.bpm.engine.runtime.ProcessInstance instance;
        try {
            instance = formService.submitStartForm(definition.getId(), vars);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(instance.getBusinessKey()).matches("WO-\\d{8}-\\d{4}");
        var dispatch = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(dispatch.getTaskDefinitionKey()).isEqualTo(WorkOrderProcess.DISPATCH);
        assertThat(formService.getTaskFormData(dispatch.getId()).getCamundaFormRef().getKey()).isEqualTo("workorder-dispatch");
        assertThat(taskService.getVariable(dispatch.getId(), "csAgent")).isEqualTo("cs-2");
        assertThat(taskService.getVariable(dispatch.getId(), "orderNo")).isEqualTo(instance.getBusinessKey());
    }

    @Test
    void deadlinesAreTheBeanNamedInBpmnBoundFromConfiguration() {
        DeadlineProperties deadlines = context.getBean("deadlines", DeadlineProperties.class);
        assertThat(deadlines.getContact()).isEqualTo("PT10M");
        assertThat(deadlines.getFineRmb()).isEqualTo(200);
        assertThat(deadlines.zone()).hasToString("Asia/Shanghai");
    }

    @Test
    void orderNumbersAreUniqueUnderConcurrentRequests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = IntStream.range(0, 30).<Callable<String>>mapToObj(i -> numbers::next).toList();
            Set<String> seen = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                assertThat(seen.add(f.get())).as("duplicate order number").isTrue();
            }
            assertThat(seen).hasSize(30).allMatch(n -> n.matches("WO-\\d{8}-\\d{4}"));
            // one after another, without gaps (each request's number committed)
            List<Integer> values = seen.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
            assertThat(values.get(values.size() - 1) - values.get(0)).isEqualTo(29);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void customerServiceRecordsAComplaintAgainstAnOrderFromAnyChannel_R_WO_10() {
        ResponseEntity<Map<String, Object>> created = post("cs-1", repair());
        String orderNo = (String) created.getBody().get("orderNo");
        ResponseEntity<Map<String, Object>> recorded = rest.withBasicAuth("cs-2", "cs-2").exchange(
                "/api/work-orders/" + orderNo + "/complaints", HttpMethod.POST,
                new HttpEntity<>(Map.of("complaint", "工程師遲到兩小時", "channel", "wechat")), JSON);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody()).containsEntry("orderNo", orderNo).containsKey("processInstanceId");
        var task = taskService.createTaskQuery().processInstanceId((String) recorded.getBody().get("processInstanceId"))
                .taskDefinitionKey(WorkOrderProcess.VERIFY_COMPLAINT).singleResult();
        assertThat(task).isNotNull();
        assertThat(taskService.getVariable(task.getId(), "complaintChannel")).isEqualTo("WECHAT");
        assertThat(taskService.getVariable(task.getId(), "faultStaff")).isNull(); // no engineer dispatched yet
    }

    @Test
    void aComplaintWithoutTextOrForAnUnknownOrderOrFromAnEngineerIsRefusedAndNothingStarts_R_WO_10() {
        String orderNo = (String) post("cs-1", repair()).getBody().get("orderNo");
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(WorkOrderProcess.COMPLAINT).count();
        ResponseEntity<Map<String, Object>> noText = rest.withBasicAuth("cs-1", "cs-1").exchange(
                "/api/work-orders/" + orderNo + "/complaints", HttpMethod.POST, new HttpEntity<>(Map.of("channel", "PHONE")), JSON);
        assertThat(noText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noText.getBody().toString()).contains("complaint");
        ResponseEntity<Map<String, Object>> badChannel = rest.withBasicAuth("cs-1", "cs-1").exchange(
                "/api/work-orders/" + orderNo + "/complaints", HttpMethod.POST,
                new HttpEntity<>(Map.of("complaint", "x", "channel", "PIGEON")), JSON);
        assertThat(badChannel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> unknown = rest.withBasicAuth("cs-1", "cs-1").exchange(
                "/api/work-orders/WO-20990101-0001/complaints", HttpMethod.POST, new HttpEntity<>(Map.of("complaint", "x")), JSON);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map<String, Object>> engineer = rest.withBasicAuth("eng-east-1", "eng-east-1").exchange(
                "/api/work-orders/" + orderNo + "/complaints", HttpMethod.POST, new HttpEntity<>(Map.of("complaint", "x")), JSON);
        assertThat(engineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(WorkOrderProcess.COMPLAINT).count())
                .isEqualTo(before);
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
        return rest.withBasicAuth(user, user).exchange("/api/work-orders", HttpMethod.POST, new HttpEntity<>(body), JSON);
    }

    private long orders() {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new)).count();
    }
}
