package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.WebSession;
import java.net.http.HttpResponse;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19: the order's display data is in the work-order module's table, written with the order
 * in the engine's transaction, and the called processes' Tasklist forms read it by
 * {@code GET /work-orders/{orderNo}/form-view} with the session under the order view's rule.
 */
@OpsFlowSpringBootTest
class FormViewBootTest {

    @LocalServerPort
    int port;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DeadlineProperties deadlines;

    private OrderCreated repair(String engineer) {
        return workOrders.create(new NewWorkOrder("REPAIR", "表單資料客戶", "13900002222", "東區幸福路 9 號", "east", "PHONE",
                "光貓指示燈不亮", engineer, null, null), "cs-1");
    }

    @Test
    void theContactFormReadsTheOrdersDisplayDataFromTheOrderTableNotFromVariables_R_WO_1() throws Exception {
        OrderCreated order = repair("eng-east-1");
        String response = runtimeService.createProcessInstanceQuery().superProcessInstanceId(order.processInstanceId())
                .singleResult().getId();
        // not even the order's number: the response deadline's business key is it (model 1.5.0)
        // nor the contact deadline: its task and timer read the order's contactDue (models 1.6.0)
        assertThat(runtimeService.getVariables(response)).containsKeys("engineer")
                .doesNotContainKeys("orderNo", "customerName", "customerPhone", "address", "stationName", "engineerName",
                        "contactDeadline", "contactDue");
        assertThat(contactTask(response).getDueDate()).isEqualTo(runtimeService.getVariable(order.processInstanceId(), "contactDue"));
        // nor does the order's own process hold the names and texts only forms and mails show
        assertThat(runtimeService.getVariables(order.processInstanceId())).containsKeys("customerName", "station", "contactDue")
                .doesNotContainKeys("orderTypeName", "stationName", "engineerName", "contactDeadline");
        assertThat(jdbc.queryForObject("select customer_name from workorder_order where order_no = ?", String.class,
                order.orderNo())).isEqualTo("表單資料客戶");
        // Tasklist's list still titles the contact task with the customer (read from the order's row)
        Task contact = taskService.createTaskQuery().processInstanceId(response).singleResult();
        assertThat(contact.getName()).endsWith("｜" + order.orderNo() + " 表單資料客戶");

        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-east-1", "eng-east-1");
        HttpResponse<String> view = engineer.getJson("/work-orders/" + order.orderNo() + "/form-view");
        assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
        JsonNode values = json.readTree(view.body());
        assertThat(values.get("customerName").asText()).isEqualTo("表單資料客戶");
        assertThat(values.get("customerPhone").asText()).isEqualTo("13900002222");
        assertThat(values.get("address").asText()).isEqualTo("東區幸福路 9 號");
        assertThat(values.get("description").asText()).isEqualTo("光貓指示燈不亮");
        assertThat(values.get("orderTypeName").asText()).isEqualTo("報修");
        assertThat(values.get("stationName").asText()).isEqualTo("東區站");
        assertThat(values.get("engineerName").asText()).isEqualTo("王小明");
        assertThat(values.get("contactDeadline").asText())
                .isEqualTo(deadlines.text((Date) runtimeService.getVariable(order.processInstanceId(), "contactDue")));
        assertThat(values.get("workDeadline").asText())
                .isEqualTo(deadlines.text((Date) runtimeService.getVariable(order.processInstanceId(), "workDue")));

        // what order-view.js asks as Tasklist opens the contact task's form: the task's order
        HttpResponse<String> byTask = engineer.getJson("/work-orders/tasks/" + contact.getId() + "/form-view");
        assertThat(byTask.statusCode()).as(byTask.body()).isEqualTo(200);
        assertThat(json.readTree(byTask.body()).get("orderNo").asText()).isEqualTo(order.orderNo());
        assertThat(json.readTree(byTask.body()).get("customerPhone").asText()).isEqualTo("13900002222");

        WebSession cs = new WebSession(port);
        cs.signIn("cs-2", "cs-2");
        assertThat(cs.getJson("/work-orders/" + order.orderNo() + "/form-view").statusCode()).isEqualTo(200);

        // the order's own next task is titled with its customer too (the order's variable)
        taskService.complete(contact.getId(), java.util.Map.of("contactNote", "已約定", "appointment",
                new Date(System.currentTimeMillis() + 3_600_000L)));
        Task arrive = taskService.createTaskQuery().processInstanceId(order.processInstanceId()).singleResult();
        assertThat(arrive.getTaskDefinitionKey()).isEqualTo(WorkOrderProcess.ARRIVE);
        assertThat(arrive.getName()).isEqualTo("到達現場｜" + order.orderNo() + " 表單資料客戶");
    }

    private Task contactTask(String response) {
        return taskService.createTaskQuery().processInstanceId(response).singleResult();
    }

    @Test
    void anEngineerMayNotReadAnotherEngineersOrderAndAnUnknownOrderIsNotFound_R_WO_1() {
        OrderCreated order = repair("eng-east-1");
        WebSession other = new WebSession(port);
        other.signIn("eng-east-2", "eng-east-2");
        HttpResponse<String> refused = other.getJson("/work-orders/" + order.orderNo() + "/form-view");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("只能查看派給自己的工單").doesNotContain("表單資料客戶");
        assertThat(other.getJson("/work-orders/WO-19990101-0001/form-view").statusCode()).isEqualTo(404);
        // nor by its task, and a task that is none is not found
        String contact = taskService.createTaskQuery().processInstanceBusinessKey(order.orderNo())
                .taskDefinitionKey(WorkOrderProcess.CONTACT).singleResult().getId();
        HttpResponse<String> byTask = other.getJson("/work-orders/tasks/" + contact + "/form-view");
        assertThat(byTask.statusCode()).isEqualTo(403);
        assertThat(byTask.body()).doesNotContain("表單資料客戶");
        assertThat(other.getJson("/work-orders/tasks/no-such-task/form-view").statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).getJson("/work-orders/" + order.orderNo() + "/form-view").statusCode()).isIn(302, 401);
    }
}
