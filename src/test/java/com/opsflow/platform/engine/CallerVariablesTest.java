package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a called process reads the names of {@code opsflow.engine.caller-variables} from the
 * process that called it ({@code ${contactDue}} of the response deadline), its own variable first;
 * nothing else of the caller, and nothing where nobody called.
 */
class CallerVariablesTest {

    static ProcessEngine engine;

    static final Date CONTACT_DUE = new Date(4_102_444_800_000L);
    static final Date OWN_DUE = new Date(4_102_448_400_000L);

    static final BpmnModelInstance CALLED = Bpmn.createExecutableProcess("called").camundaHistoryTimeToLive(1)
            .startEvent().userTask("UserTask_Contact").camundaDueDate("${contactDue}").endEvent().done();
    static final BpmnModelInstance ORDER = Bpmn.createExecutableProcess("order").camundaHistoryTimeToLive(1)
            .startEvent().callActivity("CallActivity_Called").calledElement("called").endEvent().done();
    static final BpmnModelInstance NOSY = Bpmn.createExecutableProcess("nosy").camundaHistoryTimeToLive(1)
            .startEvent().userTask("UserTask_Nosy").camundaAssignee("${secret}").endEvent().done();
    static final BpmnModelInstance NOSY_ORDER = Bpmn.createExecutableProcess("nosy-order").camundaHistoryTimeToLive(1)
            .startEvent().callActivity().calledElement("nosy").endEvent().done();

    @BeforeAll
    static void engine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("caller-variables")
                .setJdbcUrl("jdbc:h2:mem:caller-variables;DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false);
        configuration.setExpressionManager(new ScenarioExpressionManager());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("called.bpmn", CALLED)
                .addModelInstance("order.bpmn", ORDER).addModelInstance("nosy.bpmn", NOSY)
                .addModelInstance("nosy-order.bpmn", NOSY_ORDER).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void theCalledProcessReadsTheCallersContactDueWithoutACopy() {
        String order = engine.getRuntimeService().startProcessInstanceByKey("order", Map.of("contactDue", CONTACT_DUE))
                .getId();
        String called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(order)
                .singleResult().getId();
        assertThat(engine.getRuntimeService().getVariables(called)).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(called).singleResult().getDueDate())
                .isEqualTo(CONTACT_DUE);
    }

    @Test
    void aCalledProcessStartedWithItsOwnCopyReadsItsOwn() {
        String called = engine.getRuntimeService().startProcessInstanceByKey("called", Map.of("contactDue", OWN_DUE))
                .getId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(called).singleResult().getDueDate())
                .isEqualTo(OWN_DUE);
    }

    @Test
    void nothingElseOfTheCallerAndNothingWhereNobodyCalled() {
        assertThat(ScenarioExpressionManager.configured()).isEqualTo(List.of("contactDue"));
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("nosy-order",
                Map.of("secret", "ops-mgr"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("called"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("contactDue");
    }
}
