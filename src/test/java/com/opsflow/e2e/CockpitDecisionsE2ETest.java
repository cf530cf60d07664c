package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.approval.ApprovalProcesses;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * managers approve in Cockpit. The decision goes through the same
 * BPMN and listeners as in Tasklist; the applicant reads the outcome in Tasklist.
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class CockpitDecisionsE2ETest extends BrowserTest {

    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void aLeaveFiledByAnEngineerIsApprovedByTheGroupLeaderInCockpitAndTheEngineerSeesItApproved() {
        LocalDate day = aWeekdayWeeksAhead(5);
        String reason = "搬家 " + System.currentTimeMillis() % 100000;

        webapps.logIntoTasklist("eng-east-1");
        tasklist.openStartForm("請假");
        tasklist.choose("假別", "事假");
        tasklist.date("開始日期", day);
        tasklist.date("結束日期", day);
        tasklist.fill(Map.of("事由", reason));
        tasklist.submitStartForm();

        // the group leader, decides there (R-LV-1: one day)
        cockpit.logIn("leader-1");
        cockpit.openMyDecisions();
        WebElement row = cockpit.decisionRow("王小明", reason);
        assertThat(row.getText()).contains("請假", "審批：請假申請", day.toString(), "事假").doesNotContain("${");
        browser.screenshot("50-cockpit-my-decisions");
        cockpit.decide(row, "同意，請做好交接", "核准");
        assertThat(cockpit.decisionNotice()).contains("核准", "王小明");

        HistoricProcessInstance leave = leaveWithReason(reason);
        assertThat(leave.getEndActivityId()).isEqualTo("EndEvent_LeaveApproved");
        // recorded as in Tasklist: who (and their name), when, the comment
        assertThat(variable(leave.getId(), "decidedBy")).isEqualTo("leader-1");
        assertThat(variable(leave.getId(), "decisionComment")).isEqualTo("同意，請做好交接");
        HistoricProcessInstance decision = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(leave.getId()).singleResult();
        assertThat(variable(decision.getId(), "decidedByName")).isEqualTo("郭志偉");
        assertThat(variable(decision.getId(), "decidedAt")).isNotNull();

        // the engineer reads 已核准 in Tasklist, where he filed it
        webapps.logIntoTasklist("eng-east-1");
        browser.click(By.cssSelector("[data-opsflow-link='my-requests']"));
        WebElement mine = browser.visible(By.cssSelector("#opsflow-my-requests tr[data-request-id='" + leave.getId() + "']"));
        assertThat(mine.findElement(By.cssSelector(".opsflow-request-status")).getText()).isEqualTo("已核准");
        browser.screenshot("51-engineer-sees-approved-in-tasklist");
    }

    @Test
    void aRejectionWithoutACommentIsRefusedAndTheDecisionStaysOpen() {
        String reason = "看牙醫 " + System.currentTimeMillis() % 100000;
        ProcessInstance leave = fileOneDayLeave("eng-east-2", reason);

        cockpit.logIn("leader-1");
        cockpit.openMyDecisions();
        WebElement row = cockpit.decisionRow("李大偉", reason);
        cockpit.decide(row, "", "駁回");
        assertThat(cockpit.rowRefusal(row)).contains("駁回須填寫意見");
        browser.screenshot("52-reject-without-comment-refused");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(leave.getId()).count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskAssignee("leader-1")
                .processVariableValueEquals("reason", reason).count()).isEqualTo(1);

        // with a comment, the rejection goes through the same listener and ends the request
        cockpit.decide(cockpit.decisionRow("李大偉", reason), "當天人手不足", "駁回");
        assertThat(cockpit.decisionNotice()).contains("駁回");
        HistoricProcessInstance ended = leaveWithReason(reason);
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(variable(ended.getId(), "decisionComment")).isEqualTo("當天人手不足");
    }

    @Test
    void anEngineerCannotOpenCockpit() {
        browser.forgetSession();
        webapps.openLogin("cockpit");
        webapps.logIn("eng-east-3", "eng-east-3");
        // OpsFlow's Chinese 403 page, not Cockpit ('s error pages)
        browser.showing(By.tagName("body"), "403");
        assertThat(browser.driver().findElements(By.cssSelector(".opsflow-decisions"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("待我審批");
        browser.screenshot("53-engineer-cannot-open-cockpit");
    }

    @Test
    void aManagerSeesNoEditSuspendOrDeleteButtons() {
        String reason = "健康檢查 " + System.currentTimeMillis() % 100000;
        ProcessInstance leave = fileOneDayLeave("eng-west-1", reason);

        cockpit.logIn("ops-mgr");
        cockpit.open("#/process-instance/" + leave.getId() + "/runtime", By.cssSelector(".ctn-tabbed-content, .ctn-content"));
        browser.waitFor(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("opsflow-read-only") ? true : null);
        browser.visible(By.cssSelector(".ctn-tabbed-content, .ctn-content"));
        browser.screenshot("54-manager-reads-the-instance");
        assertThat(browser.driver().findElements(By.cssSelector(".ctn-toolbar")).stream().filter(WebElement::isDisplayed))
                .as("suspend, delete, modify: not offered to managers").isEmpty();
        // item 5: variable names with the Chinese labels OpsFlow knows (from the forms and listeners)
        browser.showing(By.cssSelector("td.col-name"), "（事由）");
        browser.showing(By.cssSelector("td.col-name"), "（申請人帳號）");
        assertThat(browser.driver().findElements(By.cssSelector("[ng-click^='deleteVariable']")).stream()
                .filter(WebElement::isDisplayed)).as("no variable is deleted by a manager").isEmpty();
    }

    private ProcessInstance fileOneDayLeave(String applicant, String reason) {
        String day = aWeekdayWeeksAhead(6).toString();
        identityService.setAuthentication(applicant, java.util.List.of("engineer"));
        try {
            return runtimeService.startProcessInstanceByKey(ApprovalProcesses.LEAVE, Map.of("leaveType", "PERSONAL",
                    "fromDate", day, "fromHalf", "AM", "toDate", day, "toHalf", "PM", "reason", reason, "emergency", false));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private HistoricProcessInstance leaveWithReason(String reason) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ApprovalProcesses.LEAVE)
                .variableValueEquals("reason", reason).singleResult();
    }

    private Object variable(String processInstanceId, String name) {
        var v = historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    private static LocalDate aWeekdayWeeksAhead(int weeks) {
        LocalDate day = LocalDate.now().plusWeeks(weeks);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
