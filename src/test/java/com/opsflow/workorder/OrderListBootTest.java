package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * customer service's order list {@code /orders} — search, one order's timeline
 * and notes, and cancelling an order the customer withdrew (no deadline falls, no fine afterwards).
 */
@OpsFlowSpringBootTest
class OrderListBootTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    StaffDirectory directory;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private OrderCreated repair(String customer, String phone, String engineer) {
        return workOrders.create(new NewWorkOrder("REPAIR", customer, phone, "東區幸福路 8 號", "east", "PHONE", "無法上網",
                engineer, null, null), "cs-1");
    }

    @Test
    void canceledOrderEndsItsDeadlinesWithoutFines_R_WO_3() throws Exception {
        Instant t0 = Instant.now();
        ClockUtil.setCurrentTime(Date.from(t0));
        OrderCreated order = repair("撤單測試客戶", "13900001111", "eng-east-1"); // dispatched: R-WO-1 and R-WO-4 run
        String root = order.processInstanceId();
        String response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).singleResult().getId();
        assertThat(managementService.createJobQuery().processInstanceId(response).count()).isPositive();

        // the customer withdrew: customer service cancels on /orders, with the session and its CSRF token
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(3))));
        WebSession cs = new WebSession(port);
        cs.signIn("cs-1", "cs-1");
        JsonNode csrf = json.readTree(cs.getJson("/me/nav").body()).get("csrf");
        HttpResponse<String> canceled = cs.postJson("/orders/api/orders/" + order.orderNo() + "/cancel",
                "{\"reason\":\"客戶已自行修復，撤回報修\"}", csrf.get("headerName").asText(), csrf.get("token").asText());
        assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(200);
        JsonNode detail = json.readTree(canceled.body());
        assertThat(detail.at("/order/status").asText()).isEqualTo("CANCELED");
        assertThat(detail.at("/statusName").asText()).isEqualTo("已撤單");
        assertThat(detail.at("/order/cancellation/reason").asText()).isEqualTo("客戶已自行修復，撤回報修");
        assertThat(detail.at("/order/cancellation/canceledBy").asText()).isEqualTo("cs-1");
        assertThat(detail.get("deadlines").findValuesAsText("state")).containsOnly("CANCELED");
        assertThat(detail.get("mayCancel").asBoolean()).isFalse();
        assertThat(detail.get("timeline").findValuesAsText("kind")).contains("cancel");

        // the order and its called response-deadline have ended, with every timer
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(order.orderNo()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(root).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(response).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(response).singleResult().getEndTime())
                .isNotNull();

        // a day later: nothing fell due, no deduction, no fine (R-WO-1…4 ended with the order)
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofDays(1))));
        List<Job> due = managementService.createJobQuery().executable().list().stream()
                .filter(j -> root.equals(j.getProcessInstanceId()) || response.equals(j.getProcessInstanceId())).toList();
        assertThat(due).isEmpty();
        assertThat(ledger.entries(null, null, root)).isEmpty();
        assertThat(ledger.entries(null, null, response)).isEmpty();
        assertThat(workOrders.find(order.orderNo()).orElseThrow().deductions()).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(root).singleResult().getState())
                .isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
    }

    @Test
    void cancelWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        OrderCreated order = repair("撤單無原因客戶", "13900002222", null);
        WebSession cs = new WebSession(port);
        cs.signIn("cs-2", "cs-2");
        JsonNode csrf = json.readTree(cs.getJson("/me/nav").body()).get("csrf");
        String header = csrf.get("headerName").asText();
        String token = csrf.get("token").asText();

        HttpResponse<String> refused = cs.postJson("/orders/api/orders/" + order.orderNo() + "/cancel", "{\"reason\":\"  \"}",
                header, token);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).at("/errors/reason").asText()).contains("撤單原因");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(order.processInstanceId()).count()).isOne();
        assertThat(workOrders.find(order.orderNo()).orElseThrow().status()).isEqualTo("ACTIVE");

        // without the session's CSRF token a forged POST does nothing
        assertThat(cs.postJson("/orders/api/orders/" + order.orderNo() + "/cancel", "{\"reason\":\"偽造\"}").statusCode())
                .isEqualTo(403);
        // an engineer may not cancel (nor read the list); REST for other systems answers the same
        ResponseEntity<Map<String, Object>> engineer = rest.withBasicAuth("eng-east-1", "eng-east-1").exchange(
                "/api/work-orders/" + order.orderNo() + "/cancel", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "x")), WorkOrderApiTest.JSON);
        assertThat(engineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workOrders.find(order.orderNo()).orElseThrow().status()).isEqualTo("ACTIVE");

        // once canceled, a second cancel is refused with the reason
        ResponseEntity<Map<String, Object>> first = rest.withBasicAuth("cs-1", "cs-1").exchange(
                "/api/work-orders/" + order.orderNo() + "/cancel", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "客戶撤回")), WorkOrderApiTest.JSON);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("status")).isEqualTo("CANCELED");
        HttpResponse<String> again = cs.postJson("/orders/api/orders/" + order.orderNo() + "/cancel", "{\"reason\":\"再撤一次\"}",
                header, token);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("工單已結束");
        assertThat(cs.postJson("/orders/api/orders/WO-19990101-9999/cancel", "{\"reason\":\"查無\"}", header, token)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void customerServiceFindsOrdersByNumberCustomerPhoneAddressStationStatusAndDate() throws Exception {
        OrderCreated first = repair("查詢測試林小姐", "0755-88886666", null);
        OrderCreated second = repair("查詢測試黃先生", "13711112222", "eng-east-2");
        workOrders.cancel(second.orderNo(), "客戶撤回", "cs-1");

        assertThat(numbers(Map.of("customer", "查詢測試"))).contains(first.orderNo(), second.orderNo());
        assertThat(numbers(Map.of("customer", "林小姐"))).containsExactly(first.orderNo());
        assertThat(numbers(Map.of("phone", "8888"))).contains(first.orderNo()).doesNotContain(second.orderNo());
        assertThat(numbers(Map.of("orderNo", second.orderNo().toLowerCase()))).containsExactly(second.orderNo());
        assertThat(numbers(Map.of("customer", "查詢測試", "address", "幸福路 8", "station", "east", "status", "CANCELED")))
                .containsExactly(second.orderNo());
        assertThat(numbers(Map.of("customer", "查詢測試", "status", "ACTIVE"))).containsExactly(first.orderNo());
        assertThat(numbers(Map.of("customer", "查詢測試", "station", "west"))).isEmpty();
        String today = LocalDate.now(ZONE).toString();
        assertThat(numbers(Map.of("customer", "查詢測試", "from", today, "to", today))).hasSize(2);
        assertThat(numbers(Map.of("customer", "查詢測試", "to", LocalDate.now(ZONE).minusDays(1).toString()))).isEmpty();

        WebSession cs = new WebSession(port);
        cs.signIn("cs-1", "cs-1");
        JsonNode found = json.readTree(cs.getJson("/orders/api/search?customer=" + enc("林小姐")).body());
        assertThat(found.at("/orders/0/orderNo").asText()).isEqualTo(first.orderNo());
        assertThat(found.at("/orders/0/stationName").asText()).isEqualTo("東區站");
        assertThat(found.at("/orders/0/engineerName").isNull()).isTrue(); // not dispatched yet
        JsonNode dispatched = json.readTree(cs.getJson("/orders/api/search?customer=" + enc("黃先生")).body());
        assertThat(dispatched.at("/orders/0/engineerName").asText()).isEqualTo(directory.displayName("eng-east-2"))
                .isNotEqualTo("eng-east-2");
        assertThat(found.at("/orders/0/statusName").asText()).isEqualTo("進行中");
        assertThat(found.at("/orders/0/openTasks/0").asText()).startsWith("派單");
        assertThat(found.get("stations").findValuesAsText("name")).contains("東區站");

        HttpResponse<String> bad = cs.getJson("/orders/api/search?status=LOST&from=2026-13-01");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("日期格式");
        assertThat(cs.getJson("/orders/api/search?status=LOST").body()).contains("狀態無效");
    }

    @Test
    void theOrderPageShowsTheEngineersNotesToTheCallbackAgent() throws Exception {
        OrderCreated order = repair("記錄測試客戶", "13812345678", "eng-east-1");
        String response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(order.processInstanceId())
                .singleResult().getId();
        String contact = taskService.createTaskQuery().processInstanceId(response)
                .taskDefinitionKey(WorkOrderProcess.CONTACT).singleResult().getId();
        Date appointment = Date.from(Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS));
        taskService.complete(contact, Map.of("contactNote", "用戶下午在家，已約三點上門", "appointment", appointment));

        WebSession cs = new WebSession(port);
        cs.signIn("cs-2", "cs-2");
        JsonNode detail = json.readTree(cs.getJson("/orders/api/orders/" + order.orderNo()).body());
        assertThat(detail.at("/notes/0/title").asText()).isEqualTo("聯系記錄");
        assertThat(detail.at("/notes/0/detail").asText()).isEqualTo("用戶下午在家，已約三點上門");
        assertThat(detail.at("/notes/0/who").asText()).isEqualTo("王小明");
        assertThat(detail.at("/notes/0/where").asText()).startsWith("聯系用戶");
        // the visit agreed on the call, kept in the contact's process since the models 1.5.0 (issue 19)
        assertThat(Instant.parse(detail.at("/order/order/appointment").asText())).isEqualTo(appointment.toInstant());
        assertThat(detail.get("timeline").findValuesAsText("kind")).contains("task", "note", "deadline");
        assertThat(detail.get("deadlines").findValuesAsText("rule")).containsExactly("R-WO-1", "R-WO-4");
        assertThat(detail.get("mayCancel").asBoolean()).isTrue();
        assertThat(detail.at("/people/eng-east-1").asText()).isEqualTo("王小明");
    }

    @Test
    void theOrderListIsServedToOfficeRolesAndLinkedFromTheBar() throws Exception {
        WebSession cs = new WebSession(port);
        cs.signIn("cs-1", "cs-1");
        assertThat(cs.get("/orders").body()).contains("工單查詢", "/orders/orders.js", "/assets/opsflow-nav.js");
        assertThat(cs.get("/orders/").statusCode()).isEqualTo(200);
        assertThat(cs.get("/orders/orders.js").statusCode()).isEqualTo(200);
        assertThat(cs.get("/orders/orders.css").statusCode()).isEqualTo(200);
        assertThat(json.readTree(cs.getJson("/me/nav").body()).get("links").findValuesAsText("id")).contains("orders");

        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-west-1", "eng-west-1");
        HttpResponse<String> page = engineer.get("/orders");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("工單查詢僅供");
        assertThat(engineer.getJson("/orders/api/search").statusCode()).isEqualTo(403);
        assertThat(json.readTree(engineer.getJson("/me/nav").body()).get("links").findValuesAsText("id"))
                .doesNotContain("orders");
    }

    @Test
    void thePickersOfferStationsAndTheirEngineersByName() throws Exception {
        WebSession cs = new WebSession(port);
        cs.signIn("cs-1", "cs-1");
        JsonNode pickers = json.readTree(cs.getJson("/work-orders/pickers").body());
        JsonNode east = null;
        for (JsonNode s : pickers.get("stations")) {
            if (s.get("id").asText().equals("east")) {
                east = s;
            }
        }
        assertThat(east).isNotNull();
        assertThat(east.get("name").asText()).isEqualTo("東區站");
        assertThat(east.get("engineers").findValuesAsText("name")).contains("王小明").doesNotContain("eng-east-1");
        assertThat(east.get("engineers").findValuesAsText("id")).contains("eng-east-1").doesNotContain("eng-west-1");
        assertThat(new WebSession(port).getJson("/work-orders/pickers").statusCode()).isIn(302, 401);
    }

    private List<String> numbers(Map<String, String> criteria) {
        StringBuilder query = new StringBuilder();
        criteria.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append("=").append(enc(v)));
        ResponseEntity<List<Map<String, Object>>> found = rest.withBasicAuth("cs-1", "cs-1").exchange(
                java.net.URI.create("/api/work-orders" + query), HttpMethod.GET, null,
                new org.springframework.core.ParameterizedTypeReference<>() {
                });
        assertThat(found.getStatusCode()).as(criteria.toString()).isEqualTo(HttpStatus.OK);
        return found.getBody().stream().map(o -> (String) o.get("orderNo")).toList();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
