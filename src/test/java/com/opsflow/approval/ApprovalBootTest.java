package com.opsflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval processes on the real engine, through the engine REST API and OpsFlow's API, as the
 * demo users (password = user id): filing, deciding, the caller's own requests, the device register.
 * The database is shared with other tests: everything is found by the ids created here.
 */
@OpsFlowSpringBootTest
class ApprovalBootTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    WorkingCalendar calendar;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anEngineerFilesOneDayOfLeaveAndTheGroupLeaderApprovesIt() throws Exception {
        String id = start("eng-east-1", ApprovalProcesses.LEAVE, Map.of("leaveType", "PERSONAL", "fromDate", "2026-12-01",
                "fromHalf", "AM", "toDate", "2026-12-01", "toHalf", "PM", "reason", "辦理證件", "handoverTo", "eng-east-2",
                "emergency", false));

        Task decide = decisionTask(id);
        assertThat(decide.getAssignee()).isEqualTo("leader-1"); // R-LV-1: one working day
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).variableName("leaveDays")
                .singleResult().getValue()).isEqualTo(1.0);

        // Tasklist gets the Camunda Forms (formRef binding latest) for the start event and the decision
        ResponseEntity<String> startForm = rest.withBasicAuth("eng-east-1", "eng-east-1")
                .getForEntity("/engine-rest/process-definition/key/leave/deployed-start-form", String.class);
        assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(startForm.getBody()).get("id").asText()).isEqualTo("leave-request");
        ResponseEntity<String> decisionForm = rest.withBasicAuth("leader-1", "leader-1")
                .getForEntity("/engine-rest/task/" + decide.getId() + "/deployed-form", String.class);
        assertThat(decisionForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(decisionForm.getBody()).get("id").asText()).isEqualTo("approval-decision");
        assertThat(decide.getName()).isEqualTo("審批：請假申請");
        // the approver reads who takes over the work by name (R-LV-3)
        assertThat(taskService.getVariable(decide.getId(), "handoverToName")).isEqualTo("李大偉");

        // a rejection without a reason is refused, whatever the client (the form requires it too); the
        // engine wraps a task listener's exception, so the engine REST API answers 500 with the reason
        ResponseEntity<String> refused = complete("leader-1", decide.getId(), Map.of("approved", "false"));
        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat(refused.getBody()).contains("駁回須填寫原因");
        assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isEqualTo(1);
        assertThat(complete("leader-1", decide.getId(), Map.of("approved", "true", "approvalComment", "同意"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // attendance knows the approved leave (the day needs no sign-in)
        assertThat(jdbc.queryForObject("select count(*) from attendance_period where reference = ?", Integer.class, id))
                .isEqualTo(1);

        JsonNode mine = mine("eng-east-1");
        JsonNode request = find(mine, id);
        assertThat(request).as("the applicant sees the request").isNotNull();
        assertThat(request.get("processKey").asText()).isEqualTo("leave");
        assertThat(request.get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(request.get("status").asText()).isEqualTo("已核准");
        assertThat(request.get("withdrawable").asBoolean()).isFalse();
    }

    @Test
    void myRequestsShowOnlyTheCallersOwnRequests() throws Exception {
        String id = start("eng-west-1", ApprovalProcesses.LEAVE, Map.of("leaveType", "SICK", "fromDate", "2026-12-02",
                "fromHalf", "AM", "toDate", "2026-12-03", "toHalf", "PM", "reason", "看病", "emergency", false));

        JsonNode own = find(mine("eng-west-1"), id);
        assertThat(own).isNotNull();
        assertThat(own.get("status").asText()).isEqualTo("待審批");
        assertThat(own.get("withdrawable").asBoolean()).isTrue();
        assertThat(find(mine("eng-west-2"), id)).as("another engineer's list").isNull();
        assertThat(decisionTask(id).getAssignee()).isEqualTo("bureau-1"); // R-LV-1: two working days
        assertThat(rest.getForEntity("/api/requests/mine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theGroupLeaderRecordsAnEmergencyForAStaffMemberWhoSeesItAsTheirs_R_LV_2() throws Exception {
        String id = start("leader-1", ApprovalProcesses.LEAVE, Map.of("leaveType", "SICK", "fromDate", "2026-12-07",
                "fromHalf", "AM", "toDate", "2026-12-07", "toHalf", "PM", "reason", "急病送醫", "emergency", true,
                "onBehalfOf", "eng-west-3"));

        JsonNode request = find(mine("eng-west-3"), id);
        assertThat(request).isNotNull();
        assertThat(request.get("status").asText()).isEqualTo("處理中");
        assertThat(taskService.createTaskQuery().processInstanceId(id).singleResult().getAssignee()).isEqualTo("eng-west-3");
        assertThat(find(mine("leader-1"), id)).isNull();
    }

    @Test
    void emergencyLeaveNotFiledInTimeIsRecordedAsAbsence_R_LV_2() throws Exception {
        String id = start("eng-east-2", ApprovalProcesses.LEAVE, Map.of("leaveType", "SICK", "fromDate", "2026-12-08",
                "fromHalf", "AM", "toDate", "2026-12-08", "toHalf", "PM", "reason", "急病", "emergency", true));
        Job overdue = managementService.createJobQuery().processInstanceId(id).activityId("BoundaryEvent_FilingOverdue")
                .singleResult();
        // three working days after Tuesday 8 December: Friday 11 December, end of the working day
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-11T09:00:00Z"));

        managementService.executeJob(overdue.getId());

        assertThat(jdbc.queryForObject("select count(*) from attendance_period where reference = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(find(mine("eng-east-2"), id).get("status").asText()).isEqualTo("視為曠工");
    }

    @Test
    void approvalRemindersCountWorkingTime() throws Exception {
        String id = start("eng-west-2", ApprovalProcesses.LEAVE, Map.of("leaveType", "PERSONAL", "fromDate", "2026-12-09",
                "fromHalf", "AM", "toDate", "2026-12-09", "toHalf", "AM", "reason", "私事", "emergency", false));
        Task decide = decisionTask(id);
        Job reminder = managementService.createJobQuery().processInstanceId(decide.getProcessInstanceId())
                .activityId("BoundaryEvent_ReminderDue").singleResult();
        Instant created = decide.getCreateTime().toInstant();
        assertThat(reminder.getDuedate().toInstant())
                .isBetween(calendar.addWorkingTime(created, Duration.ofHours(4)).minusSeconds(1),
                        calendar.addWorkingTime(created.plusSeconds(1), Duration.ofHours(4)).plusSeconds(1));
    }

    @Test
    void onlyTheApplicantWithdrawsAndOnlyBeforeTheDecision() throws Exception {
        String id = start("eng-east-3", ApprovalProcesses.LEAVE, Map.of("leaveType", "PERSONAL", "fromDate", "2026-12-04",
                "fromHalf", "PM", "toDate", "2026-12-04", "toHalf", "PM", "reason", "私事", "emergency", false));

        assertThat(withdraw("eng-east-2", id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> withdrawn = withdraw("eng-east-3", id);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(withdrawn.getBody()).get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdraw("eng-east-3", id).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anApprovedDeviceAppearsInTheRegisterWithItsNetworkCondition() throws Exception {
        String serial = "SN-" + System.nanoTime();
        String id = start("eng-east-2", ApprovalProcesses.DEVICE_ENTRY, Map.of("deviceType", "LAPTOP", "brand", "Dell",
                "serialNo", serial, "purpose", "調試", "startDate", "2026-12-01", "endDate", "2026-12-05",
                "noNetworkPledge", true));
        Task decide = decisionTask(id);
        assertThat(decide.getAssignee()).isEqualTo("bureau-1");
        assertThat(complete("bureau-1", decide.getId(), Map.of("approved", "true")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> devices = rest.withBasicAuth("eng-east-1", "eng-east-1").getForEntity("/api/devices", String.class);
        assertThat(devices.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode device = null;
        for (JsonNode d : json.readTree(devices.getBody())) {
            if (serial.equals(d.get("serialNo").asText())) {
                device = d;
            }
        }
        assertThat(device).isNotNull();
        assertThat(device.get("requestId").asText()).isEqualTo(id);
        assertThat(device.get("approvedBy").asText()).isEqualTo("bureau-1");
        assertThat(device.get("networkPolicy").asText()).contains("不得接入辦公區內網");
    }

    @Test
    void anInfectedInboundFileIsRejectedAndEveryStepIsInTheAuditTrail_R_SE_3() throws Exception {
        String id = start("eng-west-1", ApprovalProcesses.FILE_TRANSFER, Map.of("direction", "INBOUND",
                "fileList", "驅動程式.zip", "purpose", "設備升級", "source", "廠商郵件"));
        Task scan = taskService.createTaskQuery().processInstanceId(id).singleResult();
        assertThat(scan.getTaskDefinitionKey()).isEqualTo("UserTask_ScanFiles");

        // the operator at the designated computer (group tech-support) records the scan
        assertThat(complete("tech-1", scan.getId(), Map.of("scanResult", "INFECTED", "scanTool", "ClamAV 1.4",
                "scanNotes", "Win.Trojan.Agent")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jdbc.queryForList("select step from approval_transfer_audit where process_instance_id = ? order by id",
                String.class, id)).containsExactly("StartEvent_TransferRequested", "UserTask_ScanFiles", "EndEvent_InfectedRejected");
        assertThat(jdbc.queryForObject("select actor_id from approval_transfer_audit where process_instance_id = ?"
                + " and step = 'UserTask_ScanFiles'", String.class, id)).isEqualTo("tech-1");
        assertThat(jdbc.queryForObject("select detail from approval_transfer_audit where process_instance_id = ?"
                + " and step = 'EndEvent_InfectedRejected'", String.class, id)).contains("scanResult=INFECTED");
        JsonNode request = find(mine("eng-west-1"), id);
        assertThat(request.get("outcome").asText()).isEqualTo("INFECTED");

        ResponseEntity<String> trail = rest.withBasicAuth("bureau-1", "bureau-1")
                .getForEntity("/api/file-transfers/" + id + "/audit", String.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(trail.getBody()).size()).isEqualTo(3);
        assertThat(rest.withBasicAuth("eng-west-1", "eng-west-1").getForEntity("/api/file-transfers/" + id + "/audit",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSecondmentNeedsAKnownBorrowingUnitLeader_R_SC_1() throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        Map.of("borrowingUnit", "省局信息中心", "unitLeader", "nobody-here", "startDate", "2026-12-14",
                "endDate", "2026-12-18", "work", "機房搬遷", "handoverTo", "eng-east-3", "contact", "13800000000")
                .forEach((name, value) -> vars.put(name, Map.of("value", value)));
        ResponseEntity<String> refused = rest.withBasicAuth("eng-east-1", "eng-east-1").postForEntity(
                "/engine-rest/process-definition/key/secondment/start", Map.of("variables", vars), String.class);
        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat(refused.getBody()).contains("查無此人員");

        String id = start("eng-east-1", ApprovalProcesses.SECONDMENT, Map.of("borrowingUnit", "省局信息中心",
                "unitLeader", "head-west", "startDate", "2026-12-14", "endDate", "2026-12-18", "work", "機房搬遷",
                "handoverTo", "eng-east-3", "contact", "13800000000"));
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).count()).isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).list())
                .extracting(p -> taskService.createTaskQuery().processInstanceId(p.getId()).singleResult().getAssignee())
                .containsExactlyInAnyOrder("bureau-1", "head-west"); // R-SC-1: both, in parallel
    }

    private String start(String user, String key, Map<String, Object> variables) throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((name, value) -> vars.put(name, Map.of("value", value)));
        ResponseEntity<String> response = rest.withBasicAuth(user, user).postForEntity(
                "/engine-rest/process-definition/key/" + key + "/start", Map.of("variables", vars), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody()).get("id").asText();
    }

    private Task decisionTask(String requestId) {
        ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(requestId)
                .singleResult();
        return taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult();
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((name, value) -> vars.put(name, Map.of("value", value)));
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", vars), String.class);
    }

    private ResponseEntity<String> withdraw(String user, String id) {
        return rest.withBasicAuth(user, user).postForEntity("/api/requests/" + id + "/withdraw", null, String.class);
    }

    private JsonNode mine(String user) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, user).getForEntity("/api/requests/mine", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode node : list) {
            if (id.equals(node.get("id").asText())) {
                return node;
            }
        }
        return null;
    }
}
