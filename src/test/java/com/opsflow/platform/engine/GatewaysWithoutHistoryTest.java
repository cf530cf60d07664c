package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "history written once": gateways and multi-instance bodies leave no activity-instance
 * history; every step around them keeps its own, the instances of a multi-instance activity too.
 * Two engines of their own: the shipped setting and {@code opsflow.engine.gateway-history: true}.
 */
class GatewaysWithoutHistoryTest {

    static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("routing").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .userTask("UserTask_Callback")
            .exclusiveGateway("Gateway_Complaint")
            .condition("無投訴", "${!complaint}")
            .serviceTask("ServiceTask_Fines").camundaExpression("${true}")
                .multiInstance().sequential().cardinality("2").multiInstanceDone()
            .exclusiveGateway("Gateway_Done")
            .endEvent("EndEvent_Done")
            .moveToNode("Gateway_Complaint").condition("有投訴", "${complaint}").connectTo("Gateway_Done")
            .done();

    @Test
    void gatewaysAndMultiInstanceBodiesLeaveNoHistoryButEveryStepAndInstanceKeepsIts() {
        ProcessEngine engine = engine(false);
        try {
            String id = run(engine);
            assertThat(activities(engine, id)).containsExactlyInAnyOrder("StartEvent_Started", "UserTask_Callback",
                    "ServiceTask_Fines", "ServiceTask_Fines", "EndEvent_Done");
        } finally {
            engine.close();
        }
    }

    @Test
    void theHistoryOfGatewaysCanBeSwitchedBackOn() {
        ProcessEngine engine = engine(true);
        try {
            String id = run(engine);
            assertThat(activities(engine, id)).contains("Gateway_Complaint", "Gateway_Done",
                    "ServiceTask_Fines#multiInstanceBody");
        } finally {
            engine.close();
        }
    }

    private static String run(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().addModelInstance("routing.bpmn", MODEL).deploy();
        String id = engine.getRuntimeService().startProcessInstanceByKey("routing",
                Map.of("complaint", false)).getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
        engine.getTaskService().complete(task);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished()
                .count()).as("the instance ended: the rows left out broke nothing").isEqualTo(1);
        return id;
    }

    private static List<String> activities(ProcessEngine engine, String id) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private static ProcessEngine engine(boolean keepHistory) {
        return HistoryPluginEngine.with("gateway-history", new GatewaysWithoutHistory(keepHistory));
    }
}
