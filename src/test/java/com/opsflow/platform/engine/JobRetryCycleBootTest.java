package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.OpsFlowSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every job has OpsFlow's retry cycle (generic property {@code failedJobRetryTimeCycle},
 * docs/operations.md "Database outage"): a job that fails, as every job does while the database
 * is gone, is tried again after 10 s, 30 s, 1, 2, 5 and 10 minutes and becomes an incident only
 * after all of them, never after three immediate failures as with Camunda's default.
 */
@OpsFlowSpringBootTest
class JobRetryCycleBootTest {

    static final List<Duration> CYCLE = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10));

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private String deployment;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void aFailingJobIsRetriedOnTheCycleAndBecomesAnIncidentOnlyAfterIt() {
        // an asynchronous step whose expression fails every time (an unknown bean), like a job while the database is down
        BpmnModelInstance model = Bpmn.createExecutableProcess("retry-probe").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("ServiceTask_Fails").camundaAsyncBefore()
                .camundaExpression("${noSuchBean.call()}").endEvent().done();
        // a probe model: deployed by the test itself, past the deployment lint (modeler.UncheckedDeployment)
        deployment = com.opsflow.modeler.UncheckedDeployment.call(() -> repositoryService.createDeployment()
                .name("retry-probe").addModelInstance("retry-probe.bpmn", model).deploy()).getId();
        Instant now = Instant.parse("2031-05-06T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        String instance = runtimeService.startProcessInstanceByKey("retry-probe").getId();

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
            if (job.getRetries() == 0) {
                break;
            }
            assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count())
                    .as("incident after " + attempt + " failures").isZero();
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("noSuchBean");
            Job failed = managementService.createJobQuery().processInstanceId(instance).singleResult();
            if (failed.getRetries() > 0) {
                Instant due = failed.getDuedate().toInstant();
                waits.add(Duration.between(now, due));
                now = due; // the next try when it is due
                ClockUtil.setCurrentTime(Date.from(now));
            }
        }

        assertThat(waits).as("waits between the tries").isEqualTo(CYCLE);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count())
                .as("an incident once the cycle is used up").isEqualTo(1);
    }
}
