package com.opsflow.appeal;

import static com.opsflow.appeal.AppealProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The appeal process (R-AP-6): the ops manager decides; upheld reverses the entry, dismissed does not. */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/appraisal/appeal.bpmn", "forms/appraisal/appeal-file.form",
        "forms/appraisal/appeal-decision.form"})
class AppealProcessTest {

    ProcessEngine engine;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        Mocks.register("checkAppeal", (JavaDelegate) execution -> {
            calls.add("check");
            execution.setVariable(OPS_MANAGER, "ops-mgr");
            execution.setVariable(ENTRY_SUMMARY, "#7 R-WO-4 扣 0.5 分：逾時上門");
        });
        Mocks.register("recordAppealDecision", (TaskListener) task -> {
            calls.add("decided");
            task.getExecution().setVariable(UPHELD, Boolean.valueOf(task.getVariable(UPHELD).toString()));
            task.getExecution().setVariable(DECIDED_BY_NAME, "周國強");
        });
        Mocks.register("reverseAppealedEntry", (JavaDelegate) execution -> calls.add("reversed"));
        Mocks.register("notifyPerson", (JavaDelegate) execution -> calls.add("notified " + execution.getVariable("subject")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theOpsManagerDecidesTheAppealWithTheDecisionForm_R_AP_6() {
        ProcessInstance appeal = start();

        assertThat(appeal).isWaitingAt(TASK_DECIDE);
        assertThat(task(appeal)).isAssignedTo("ops-mgr").hasName("審理申訴");
        var formRef = engine.getTaskService().createTaskQuery().initializeFormKeys().singleResult().getCamundaFormRef();
        Assertions.assertThat(formRef.getKey()).isEqualTo("appeal-decision");
        Assertions.assertThat(formRef.getBinding()).isEqualTo("latest");
    }

    @Test
    void anUpheldAppealReversesTheEntryAndTellsTheAppellant_R_AP_6() {
        ProcessInstance appeal = start();
        complete(task(appeal), withVariables(UPHELD, "true", DECISION_COMMENT, "查證屬實"));

        assertThat(appeal).hasPassed(REVERSE).isEnded().hasPassed(END_UPHELD);
        Assertions.assertThat(calls).containsExactly("check", "decided", "reversed",
                "notified 申訴成立：#7 R-WO-4 扣 0.5 分：逾時上門");
    }

    @Test
    void aDismissedAppealReversesNothing_R_AP_6() {
        ProcessInstance appeal = start();
        complete(task(appeal), withVariables(UPHELD, "false", DECISION_COMMENT, "證據不足"));

        assertThat(appeal).hasNotPassed(REVERSE).isEnded().hasPassed(END_DISMISSED);
        Assertions.assertThat(calls).doesNotContain("reversed");
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey(7),
                Map.of(ENTRY_ID, 7L, APPEAL_REASON, "客戶改約", APPELLANT, "eng-east-3"));
    }
}
