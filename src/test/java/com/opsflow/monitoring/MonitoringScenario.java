package com.opsflow.monitoring;

import com.opsflow.monitoring.SiteInput.InstrumentInput;
import com.opsflow.monitoring.internal.DueWork;
import com.opsflow.notification.Notice;
import com.opsflow.notification.Notices;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the monitoring scenarios share: the real engine of the one Spring Boot test context (its
 * job executor is off, so timers run when a test executes them), the engine clock in the
 * department's zone, and sites of their own. Each test class keeps to its own weeks (its own year),
 * so what one starts never meets another's assertions.
 */
abstract class MonitoringScenario {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    Sites sites;
    @Autowired
    SiteRecords records;
    @Autowired
    DueWork dueWork;
    @Autowired
    Notices notices;
    @Autowired
    MonitoringFigures figures;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClockAndAssertions() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    }

    static void clock(String localDateTime) {
        ClockUtil.setCurrentTime(at(localDateTime));
    }

    /** A west-station site inspected by {@code engineer} from {@code from}; registered once per context. */
    Site site(String code, String engineer, LocalDate from, List<InstrumentInput> instruments) {
        sites.registerIfAbsent(new SiteInput(code, "測試站點" + code, "西區測試路 " + code.length() + " 號", "west", engineer,
                "西區環境保護局", "監測站 蘇主任", "bureau-" + code.toLowerCase() + "@west-epb.opsflow.local", null, true, from,
                instruments), "ops-mgr");
        return sites.find(code).orElseThrow();
    }

    ProcessInstance instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    }

    /** Runs a timer at its due time, as the job executor would. */
    void fire(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
    }

    void completeAs(String user, Task task, Map<String, Object> variables) {
        identity.setAuthenticatedUserId(user);
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    List<Notice> noticesOf(String user, String subjectPart) {
        return notices.recent(user, 200).stream().filter(n -> n.subject().contains(subjectPart)).toList();
    }

    /** The answers of a passing inspection; tests change what they need. */
    static Map<String, Object> allGood() {
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("stationNormal", "true");
        answers.put("instrumentsChecked", "true");
        answers.put("dataUploadComplete", "true");
        answers.put("preventiveMaintenance", "true");
        answers.put("wearPartsChecked", "true");
        answers.put("reagentReplaced", "false");
        answers.put("readings", "COD 35 mg/L；氨氮 1.2 mg/L");
        answers.put("faultFound", "none");
        return answers;
    }
}
