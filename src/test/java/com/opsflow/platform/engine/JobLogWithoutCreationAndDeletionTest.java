package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "history written once": the job log keeps each run of a job (its failure, its success)
 * and leaves out that a job was created or deleted; {@code opsflow.engine.job-creation-history: true}
 * writes those rows again. Two engines of their own, jobs run by hand.
 */
class JobLogWithoutCreationAndDeletionTest {

    /** An asynchronous step that runs, then a task whose deadline timer is deleted when the task is done in time. */
    static final BpmnModelInstance IN_TIME = Bpmn.createExecutableProcess("in-time").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .serviceTask("ServiceTask_Async").camundaAsyncBefore().camundaExpression("${true}")
            .userTask("UserTask_Contact")
            .boundaryEvent("BoundaryEvent_ContactOverdue").cancelActivity(false).timerWithDuration("PT10M")
            .endEvent("EndEvent_Overdue")
            .moveToActivity("UserTask_Contact").endEvent("EndEvent_Contacted")
            .done();

    /** An asynchronous step whose expression fails. */
    static final BpmnModelInstance FAILING = Bpmn.createExecutableProcess("failing").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("ServiceTask_Fails").camundaAsyncBefore().camundaExpression("${noSuchBean}")
            .endEvent().done();

    @Test
    void theJobLogKeepsEachFailureAndSuccessButNotCreationOrDeletion() {
        ProcessEngine engine = engine(false);
        try {
            List<HistoricJobLog> log = run(engine);
            assertThat(log).extracting(HistoricJobLog::isSuccessLog).containsOnly(true).hasSize(1);
            assertThat(log.get(0).getActivityId()).isEqualTo("ServiceTask_Async");
            List<HistoricJobLog> failures = engine.getHistoryService().createHistoricJobLogQuery().processDefinitionKey("failing")
                    .list();
            assertThat(failures).hasSize(1).allSatisfy(f -> {
                assertThat(f.isFailureLog()).isTrue();
                assertThat(f.getJobExceptionMessage()).contains("noSuchBean");
            });
        } finally {
            engine.close();
        }
    }

    @Test
    void creationAndDeletionCanBeLoggedAgain() {
        ProcessEngine engine = engine(true);
        try {
            List<HistoricJobLog> log = run(engine);
            assertThat(log).filteredOn(HistoricJobLog::isCreationLog).extracting(HistoricJobLog::getActivityId)
                    .containsExactlyInAnyOrder("ServiceTask_Async", "BoundaryEvent_ContactOverdue");
            assertThat(log).filteredOn(HistoricJobLog::isDeletionLog).extracting(HistoricJobLog::getActivityId)
                    .containsExactly("BoundaryEvent_ContactOverdue");
            assertThat(log).filteredOn(HistoricJobLog::isSuccessLog).hasSize(1);
        } finally {
            engine.close();
        }
    }

    /** Runs one instance of each model through: the job log of the instance that ends in time. */
    private static List<HistoricJobLog> run(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().addModelInstance("in-time.bpmn", IN_TIME)
                .addModelInstance("failing.bpmn", FAILING).deploy();
        String id = engine.getRuntimeService().startProcessInstanceByKey("in-time").getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(id)
                .singleResult().getId());
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(id).timers().singleResult();
        assertThat(timer).as("the contact deadline's timer waits").isNotNull();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished().count())
                .as("the instance ended: the rows left out broke nothing").isEqualTo(1);

        String failing = engine.getRuntimeService().startProcessInstanceByKey("failing").getId();
        String job = engine.getManagementService().createJobQuery().processInstanceId(failing).singleResult().getId();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job)).hasMessageContaining("noSuchBean");
        return engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(id).list();
    }

    private static ProcessEngine engine(boolean keepHistory) {
        return HistoryPluginEngine.with("job-log", new JobLogWithoutCreationAndDeletion(keepHistory));
    }
}
