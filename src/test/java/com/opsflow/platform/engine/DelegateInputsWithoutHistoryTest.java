package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "history written once": a service task's input parameters (what a deduction or a
 * notice is given) leave no history rows; the delegate still reads them, and every other
 * variable keeps its history. Two engines of their own: the shipped setting and
 * {@code opsflow.engine.delegate-input-history: true}.
 */
class DelegateInputsWithoutHistoryTest {

    static final Map<String, Object> SEEN = new HashMap<>();

    /** Stands in for ${notifyPerson}: reads its inputs as the real delegates do. */
    public static class ReadsItsInputs implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            SEEN.put("to", execution.getVariable("to"));
            SEEN.put("subject", execution.getVariable("subject"));
            execution.setVariable("noticeSent", true); // set by the delegate: a process variable
            // a process variable named like one of the task's inputs is the process's, not an input
            execution.getProcessInstance().setVariable("outcome", "sent");
        }
    }

    static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("probe").camundaHistoryTimeToLive(1)
            .startEvent()
            // a long id as in the real models: the engine then gives the activity instance a bare id
            .serviceTask("ServiceTask_NotifyCustomerServiceOfTheLateContact").camundaClass(ReadsItsInputs.class.getName())
                .camundaInputParameter("to", "${engineer}")
                .camundaInputParameter("subject", "工單 ${orderNo} 逾時")
                .camundaInputParameter("outcome", "pending")
            .userTask("UserTask_Read").camundaInputParameter("shownOnForm", "${orderNo}")
            .endEvent()
            .done();

    @Test
    void aServiceTasksInputsLeaveNoHistoryButTheDelegateReadsThemAndOtherVariablesKeepTheirs() {
        ProcessEngine engine = engine(false);
        try {
            String id = run(engine);

            assertThat(SEEN).containsEntry("to", "eng-east-1").containsEntry("subject", "工單 WO-1 逾時");
            assertThat(historicNames(engine, id))
                    .as("process variables, the delegate's own and a user task's input keep their history")
                    .containsExactlyInAnyOrder("orderNo", "engineer", "noticeSent", "outcome", "shownOnForm");
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
                    .variableName("outcome").singleResult().getValue()).isEqualTo("sent");
            assertThat(engine.getHistoryService().createHistoricDetailQuery().variableUpdates().processInstanceId(id)
                    .list()).extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
                    .doesNotContain("to", "subject");
        } finally {
            engine.close();
        }
    }

    @Test
    void theHistoryOfDelegateInputsCanBeSwitchedBackOn() {
        ProcessEngine engine = engine(true);
        try {
            String id = run(engine);

            assertThat(historicNames(engine, id)).contains("to", "subject", "orderNo", "shownOnForm");
        } finally {
            engine.close();
        }
    }

    private static String run(ProcessEngine engine) {
        SEEN.clear();
        engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", MODEL).deploy();
        String id = engine.getRuntimeService().startProcessInstanceByKey("probe",
                Map.of("orderNo", "WO-1", "engineer", "eng-east-1")).getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
        engine.getTaskService().complete(task);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished()
                .count()).as("the instance ended: removing the skipped inputs broke nothing").isEqualTo(1);
        return id;
    }

    private static List<String> historicNames(ProcessEngine engine, String id) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).list().stream()
                .map(HistoricVariableInstance::getName).toList();
    }

    private static ProcessEngine engine(boolean keepHistory) {
        return HistoryPluginEngine.with("delegate-inputs", new DelegateInputsWithoutHistory(keepHistory));
    }
}
