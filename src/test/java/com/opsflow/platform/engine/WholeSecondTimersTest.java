package com.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Timer due dates are rounded up to the whole second before they are stored (MariaDB
 * keeps no milliseconds, so x.700 stored as x.000 fired early). On an in-memory H2 engine, which
 * keeps milliseconds, so what is read back is what the plugin wrote.
 */
class WholeSecondTimersTest {

    static final Instant T0 = Instant.parse("2031-05-06T02:00:00.700Z");
    static ProcessEngine engine;

    @BeforeAll
    static void buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("whole-second-timers");
        configuration.setJdbcUrl("jdbc:h2:mem:whole-second-timers;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.getProcessEnginePlugins().add(new WholeSecondTimers());
        engine = configuration.buildProcessEngine();
        deploy("duration", Bpmn.createExecutableProcess("duration").startEvent().intermediateCatchEvent("Timer")
                .timerWithDuration("PT10M").endEvent().done());
        deploy("date", Bpmn.createExecutableProcess("date").startEvent().intermediateCatchEvent("Timer")
                .timerWithDate("${due}").endEvent().done());
        deploy("cycle", Bpmn.createExecutableProcess("cycle").startEvent().userTask("Task")
                .boundaryEvent("Timer").cancelActivity(false).timerWithCycle("R3/PT1M").endEvent()
                .moveToActivity("Task").endEvent().done());
    }

    private static void deploy(String name, BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().addModelInstance(name + ".bpmn", model).deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Job timerOf(String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
                .singleResult();
    }

    @Test
    void aDurationTimerCreatedAtX700IsDueAtTheNextWholeSecond() {
        ClockUtil.setCurrentTime(Date.from(T0));
        String id = engine.getRuntimeService().startProcessInstanceByKey("duration").getId();
        Job timer = timerOf(id);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2031-05-06T02:10:01.000Z"));
        HistoricJobLog created = engine.getHistoryService().createHistoricJobLogQuery().jobId(timer.getId())
                .creationLog().singleResult();
        assertThat(created.getJobDueDate().toInstant()).isEqualTo(Instant.parse("2031-05-06T02:10:01.000Z"));
    }

    @Test
    void aDateTimerWhoseExpressionYieldsADateWithMillisecondsIsRoundedUpToo() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("date",
                Map.of("due", Date.from(Instant.parse("2031-05-06T02:10:00.001Z")))).getId();
        assertThat(timerOf(id).getDuedate().toInstant()).isEqualTo(Instant.parse("2031-05-06T02:10:01Z"));
    }

    @Test
    void aDueDateOnAWholeSecondStaysAsItIs() {
        Instant whole = Instant.parse("2031-05-06T02:10:00Z");
        String id = engine.getRuntimeService().startProcessInstanceByKey("date", Map.of("due", Date.from(whole))).getId();
        assertThat(timerOf(id).getDuedate().toInstant()).isEqualTo(whole);
    }

    @Test
    void theFirstTimerOfACycleIsRoundedUpAndTheNextStaysOnAWholeSecond() {
        ClockUtil.setCurrentTime(Date.from(T0));
        String id = engine.getRuntimeService().startProcessInstanceByKey("cycle").getId();
        Job first = timerOf(id);
        assertThat(first.getDuedate().toInstant()).isEqualTo(Instant.parse("2031-05-06T02:01:01Z"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-05-06T02:01:01.300Z")));
        engine.getManagementService().executeJob(first.getId());
        Job next = timerOf(id);
        assertThat(next.getId()).isNotEqualTo(first.getId());
        // Camunda anchors an ISO cycle at its start written to the second (R3/2031-05-06T02:00:00/PT1M):
        // the next one is due two minutes after that anchor, on a whole second, after the first.
        assertThat(next.getDuedate().getTime() % 1000).isZero();
        assertThat(next.getDuedate().toInstant()).isEqualTo(Instant.parse("2031-05-06T02:02:00Z"));
    }

    @Test
    void aDueDateSetThroughTheApiIsRoundedUp() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("date",
                Map.of("due", Date.from(Instant.parse("2031-05-06T02:10:00Z")))).getId();
        Job timer = timerOf(id);
        engine.getManagementService().setJobDuedate(timer.getId(), Date.from(Instant.parse("2031-05-07T08:00:00.250Z")));
        assertThat(timerOf(id).getDuedate().toInstant()).isEqualTo(Instant.parse("2031-05-07T08:00:01Z"));
    }

    @Test
    void readingATimerWritesNothing() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("date",
                Map.of("due", Date.from(Instant.parse("2031-05-06T02:10:00Z")))).getId();
        Job before = timerOf(id);
        engine.getManagementService().createJobQuery().processInstanceId(id).list();
        Job after = timerOf(id);
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) after).getRevision())
                .isEqualTo(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) before).getRevision());
    }

    @Test
    void roundingUpNeverGoesBackInTime() {
        assertThat(WholeSecondTimers.roundUp(new Date(1_000L))).isEqualTo(new Date(1_000L));
        assertThat(WholeSecondTimers.roundUp(new Date(1_001L))).isEqualTo(new Date(2_000L));
        assertThat(WholeSecondTimers.roundUp(new Date(1_999L))).isEqualTo(new Date(2_000L));
        assertThat(WholeSecondTimers.roundUp(new Date(-1L))).isEqualTo(new Date(0L));
        assertThat(WholeSecondTimers.roundUp(null)).isNull();
    }
}
