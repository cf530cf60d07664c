package com.opsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.platform.DueJobs;
import com.opsflow.staff.process.UnreachableManagerProcess;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-AP-5 where it happens: a repair order's engineer missed the contact deadline (R-WO-1); the
 * customer-service agent opens 通知運營部經理 (R-WO-2) in Tasklist, ticks 「電話聯系不上運營部經理」,
 * which shows the time and how fields, fills them and completes; a report waits for the bureau head.
 * The order and the report are removed afterwards (no task left for other tests).
 */
@Tag("e2e")
@OpsFlowSpringBootTest
class EscalationPhoneDutyE2ETest extends BrowserTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkOrders workOrders;
    @Autowired
    ProcessEngine engine;

    @Test
    void customerServiceTicksCouldNotReachTheOpsManagerOnTheEscalationStep_R_AP_5() {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofMinutes(12))));
        String orderNo = workOrders.create(new NewWorkOrder("REPAIR", "陳大文", "13800138000", "東區中山路 9 號", "east",
                "PHONE", "寬頻斷線", "eng-east-2", null, null), "cs-1").orderNo();
        ClockUtil.reset();
        DueJobs.runUntil(engine, orderNo, Instant.now()); // R-WO-1 missed: the escalation starts
        // runUntil leaves the engine clock at the last timer's due time (about 2 minutes ago): the
        // person works now, and a time tried in the last minutes must not read as "in the future"
        ClockUtil.reset();
        try {
            // the time field steps by 5 minutes
            LocalDateTime now = LocalDateTime.now(ZONE).withSecond(0).withNano(0);
            LocalDateTime tried = now.minusMinutes(now.getMinute() % 5);
            webapps.logIntoTasklist("cs-1");
            tasklist.openFilter("客服的待辦");
            tasklist.openTask("通知運營部經理", orderNo);
            tasklist.claim("許淑芬");
            tick("Field_OpsManagerUnreachable");
            tasklist.date("撥打日期", tried.toLocalDate());
            tasklist.time("撥打時間", tried.format(DateTimeFormatter.ofPattern("HH:mm")));
            tick("Field_OpsManagerNotified");
            // form-js takes a text field's input after a short pause: typed last, read back before completing
            tasklist.fill(Map.of("如何聯系運營部經理", "撥打兩次，無人接聽"));
            browser.waitFor(d -> "撥打兩次，無人接聽".equals(tasklist.fieldValue("如何聯系運營部經理")) ? true : null);
            browser.screenshot("phone-duty-03-escalation-step");
            tasklist.complete("通知運營部經理");

            Task confirm = engine.getTaskService().createTaskQuery()
                    .taskDefinitionKey(UnreachableManagerProcess.CONFIRM)
                    .processVariableValueLike(UnreachableManagerProcess.VAR_SOURCE, "%" + orderNo + "%").singleResult();
            assertThat(confirm).as("a report for the superior").isNotNull();
            assertThat(confirm.getAssignee()).as("the bureau head confirms for the ops manager").isEqualTo("bureau-1");
            assertThat(engine.getTaskService().getVariable(confirm.getId(), UnreachableManagerProcess.VAR_UNREACHABLE))
                    .isEqualTo("ops-mgr");
            assertThat(engine.getTaskService().getVariable(confirm.getId(), UnreachableManagerProcess.VAR_TRIED_AT_TEXT))
                    .isEqualTo(tried.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            assertThat(engine.getTaskService().getVariable(confirm.getId(), UnreachableManagerProcess.VAR_HOW_TRIED))
                    .isEqualTo("撥打兩次，無人接聽");
        } finally {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(orderNo).list()
                    .forEach(p -> delete(p));
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnreachableManagerProcess.KEY)
                    .variableValueLike(UnreachableManagerProcess.VAR_SOURCE, "%" + orderNo + "%").list()
                    .forEach(p -> delete(p));
        }
    }

    /** Ticks a form-js checkbox (drawn over a hidden native input) by its field id. */
    private void tick(String fieldId) {
        WebElement box = browser.waitFor(d -> d.findElements(By.cssSelector("input[id$='" + fieldId + "']")).stream()
                .findFirst().orElse(null));
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", box);
        browser.waitFor(d -> box.isSelected() ? true : null);
    }

    private void delete(ProcessInstance instance) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "browser test done");
        }
    }
}
