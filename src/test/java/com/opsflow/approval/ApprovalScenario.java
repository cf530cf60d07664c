package com.opsflow.approval;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The in-memory engine, the mocks of {@link ApprovalMocks} and helpers shared by the approval scenarios. */
@ExtendWith(ProcessEngineCoverageExtension.class)
abstract class ApprovalScenario {

    /** A Monday, 09:00 in the department (UTC+8). */
    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    ApprovalMocks mocks;

    /** The scenario engine by parameter: the extension injects fields of the test class only, not of this base class. */
    @BeforeEach
    void setUpEngine(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        mocks = ApprovalMocks.register();
    }

    @AfterEach
    void tearDownEngine() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    static Map<String, Object> decision(boolean approved, String comment) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("approved", approved);
        vars.put("decisionComment", comment);
        return vars;
    }

    static ProcessInstance decisionOf(ProcessInstance request) {
        return calledProcessInstance(ApprovalProcesses.DECISION, request);
    }

    /** The open decision task of one approver (several decisions may run in parallel). */
    static Task decisionTaskOf(String approver) {
        return taskService().createTaskQuery().processDefinitionKey(ApprovalProcesses.DECISION).taskAssignee(approver)
                .singleResult();
    }

    static ProcessInstance decisionInstanceOf(String approver) {
        Task task = decisionTaskOf(approver);
        return runtimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    }

    static void withdraw(ProcessInstance request) {
        runtimeService().createMessageCorrelation(ApprovalProcesses.WITHDRAW_MESSAGE)
                .processInstanceId(request.getId()).correlate();
    }
}
