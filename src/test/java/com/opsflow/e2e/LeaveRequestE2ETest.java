package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario 2 of docs/e2e.md: an engineer files a leave request of one day in Tasklist, and the project
 * group leader approves it in Tasklist (R-LV-1: 1 day or less → the group leader).
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class LeaveRequestE2ETest extends BrowserTest {

    @Autowired
    HistoryService historyService;

    @Test
    void anEngineerFilesOneDaysLeaveAndTheGroupLeaderApprovesIt() {
        LocalDate day = aWeekdayNextMonth();
        String reason = "家中有事 " + System.currentTimeMillis() % 100000;

        webapps.logIntoTasklist("eng-east-1");
        tasklist.openStartForm("請假");
        tasklist.choose("假別", "事假");
        // dates read yyyy-MM-dd whatever the browser's locale; the calendar in Chinese, weeks from Monday
        assertThat(tasklist.placeholder("開始日期")).isEqualTo("yyyy-mm-dd");
        assertThat(tasklist.calendarWeekdays("開始日期")).containsExactly("一", "二", "三", "四", "五", "六", "日");
        tasklist.date("開始日期", day);
        tasklist.date("結束日期", day);
        tasklist.fill(Map.of("事由", reason));
        // who takes over the work (R-LV-3): a colleague by Chinese name, never an account id
        assertThat(tasklist.chooseFrom("工作交接人", "李大偉")).contains("王小明", "李大偉", "許淑芬")
                .doesNotContain("系統管理員", "何佳穎").noneMatch(name -> name.contains("-"));
        browser.screenshot("20-leave-request-form");
        tasklist.submitStartForm();

        webapps.logIntoTasklist("leader-1");
        tasklist.openFilter("我的任務（依到期日）");
        tasklist.openTask("審批：請假申請");
        // the applicant by Chinese name, and only the fields of a leave request
        assertThat(tasklist.fieldValue("申請人")).isEqualTo("王小明");
        assertThat(tasklist.fieldValue("事由")).isEqualTo(reason);
        assertThat(tasklist.fieldValue("開始日期")).isEqualTo(day.toString());
        assertThat(tasklist.fieldValue("工作交接人")).isEqualTo("李大偉");
        assertThat(browser.texts(By.cssSelector(".fjs-container label")))
                .contains("假別", "開始日期", "結束日期")
                .doesNotContain("出差地點", "借調單位", "設備類型", "文件清單");
        assertThat(browser.texts(By.cssSelector(".fjs-container"))).noneMatch(text -> text.contains("私有設備"));
        tasklist.pick("審批結果", "核准");
        browser.screenshot("21-group-leader-approves");
        tasklist.complete("審批：請假申請");

        HistoricProcessInstance leave = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("leave")
                .variableValueEquals("reason", reason).singleResult();
        assertThat(leave.getEndActivityId()).isEqualTo("EndEvent_LeaveApproved");
    }

    /** A Wednesday four to five weeks ahead: a working day, so the request is exactly one day. */
    private static LocalDate aWeekdayNextMonth() {
        LocalDate day = LocalDate.now().plusWeeks(4);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
