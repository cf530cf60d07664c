package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Corrections approved by the group leader, and the month-end summary task on the real engine. */
@OpsFlowSpringBootTest
class AttendanceWorkflowBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static void now(String local) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void aForgottenSignInIsCorrectedWithTheGroupLeadersApprovalAndTheOriginalRecordStays() throws Exception {
        now("2031-03-12T18:00:00");
        assertThat(post("eng-east-1", "/api/attendance/corrections",
                Map.of("date", "2031-03-12", "period", 0, "direction", "IN", "time", "08:20:00", "reason", " "))
                .getStatusCode()).as("a reason is required").isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> requested = post("eng-east-1", "/api/attendance/corrections",
                Map.of("date", "2031-03-12", "period", 0, "direction", "IN", "time", "08:20:00", "reason", "忘記簽到"));
        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode correction = json.readTree(requested.getBody());
        long id = correction.get("id").asLong();
        assertThat(correction.get("status").asText()).isEqualTo("PENDING");
        assertThat(correction.get("approver").asText()).isEqualTo("leader-1");
        // people by their Chinese names for the pages
        assertThat(correction.get("staffName").asText()).isEqualTo("王小明");
        assertThat(correction.get("approverName").asText()).isEqualTo("郭志偉");

        assertThat(post("eng-east-2", "/api/attendance/corrections/" + id + "/approve", Map.of()).getStatusCode())
                .as("only the group leader decides").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(rest.withBasicAuth("leader-1", "leader-1")
                .getForEntity("/api/attendance/corrections/pending", String.class).getBody()).findValuesAsText("reason"))
                .contains("忘記簽到");
        assertThat(post("leader-1", "/api/attendance/corrections/" + id + "/reject", Map.of()).getStatusCode())
                .as("a rejection needs a comment").isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> approved = post("leader-1", "/api/attendance/corrections/" + id + "/approve",
                Map.of("comment", "屬實"));
        assertThat(json.readTree(approved.getBody()).get("status").asText()).isEqualTo("APPROVED");

        JsonNode month = json.readTree(rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/api/attendance/me?month=2031-03", String.class).getBody());
        JsonNode day = null;
        for (JsonNode d : month.get("days")) {
            if (d.get("date").asText().equals("2031-03-12")) {
                day = d;
            }
        }
        JsonNode morning = day.get("periods").get(0);
        assertThat(morning.get("signIn").asText()).isEqualTo("08:20:00");
        assertThat(morning.get("corrected").asBoolean()).isTrue();
        assertThat(morning.get("absent").asBoolean()).isFalse();
        assertThat(morning.get("missingSignOut").asBoolean()).isTrue();
        // the correction sits beside the signs: no sign was invented
        assertThat(jdbc.queryForObject("select count(*) from attendance_sign where staff_id = 'eng-east-1' and work_date = ?",
                Integer.class, java.sql.Date.valueOf("2031-03-12"))).isZero();
    }

    @Test
    void onTheFirstWorkingDayOfTheMonthTheGroupLeaderGetsTheSummaryToAcknowledge_R_AT_4() {
        now("2031-04-01T09:00:00");
        Job timer = managementService.createJobQuery().processDefinitionKey("attendance-summary").timers().singleResult();
        managementService.executeJob(timer.getId());

        Task task = taskService.createTaskQuery().processInstanceBusinessKey("2031-03")
                .taskDefinitionKey("UserTask_AcknowledgeSummary").singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getName()).isEqualTo("確認上月考勤匯總");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("group-leader");
        Map<String, Object> variables = taskService.getVariables(task.getId());
        assertThat((Integer) variables.get("staffCount")).isGreaterThanOrEqualTo(15);
        assertThat(variables).containsEntry("csvPath", "/api/attendance/summary/2031-03.csv");
        taskService.complete(task.getId(), Map.of("acknowledged", true));
    }
}
