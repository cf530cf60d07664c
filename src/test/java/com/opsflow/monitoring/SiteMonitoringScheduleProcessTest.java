package com.opsflow.monitoring;

import static com.opsflow.monitoring.process.MonitoringProcesses.SCHEDULE;
import static com.opsflow.monitoring.process.MonitoringProcesses.SCHEDULE_START;

import com.opsflow.OpsFlowSpringBootTest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/monitoring/site-monitoring-schedule.bpmn} (R-MS-1): the engine starts the weekly
 * inspections itself — one per site per week, never two, none missed after a downtime. Year 2022.
 */
@OpsFlowSpringBootTest
class SiteMonitoringScheduleProcessTest extends MonitoringScenario {

    @Test
    void theDailyTimerStartsOneInspectionPerSitePerWeekAndCatchesUpTheWeeksADowntimeMissed_R_MS_1() {
        clock("2022-03-07T05:00"); // Monday of 2022-W10
        site("T-SCHED", "eng-west-2", LocalDate.of(2022, 3, 7), List.of());

        // the deployed schedule waits for 06:00 (opsflow.monitoring.schedule)
        Job daily = scheduleTimer();
        Assertions.assertThat(daily.getDuedate()).isAfter(at("2022-03-07T05:00"));
        ClockUtil.setCurrentTime(at("2022-03-07T06:00"));
        management.executeJob(daily.getId());
        Assertions.assertThat(keys()).containsExactly("T-SCHED/2022-W10");

        // every following morning of the week: nothing new
        for (String morning : List.of("2022-03-08T06:00", "2022-03-09T06:00", "2022-03-13T06:00")) {
            ClockUtil.setCurrentTime(at(morning));
            management.executeJob(scheduleTimer().getId());
        }
        Assertions.assertThat(keys()).containsExactly("T-SCHED/2022-W10");

        // down from Saturday 2022-03-12 until Wednesday 2022-03-30 (W11, W12 missed): the overdue
        // timer fires once on start-up and starts every missed week and this one
        ClockUtil.setCurrentTime(at("2022-03-30T08:15"));
        management.executeJob(scheduleTimer().getId());
        Assertions.assertThat(keys()).containsExactly("T-SCHED/2022-W10", "T-SCHED/2022-W11", "T-SCHED/2022-W12",
                "T-SCHED/2022-W13");
        // the missed weeks are overdue at once and visible as such
        Assertions.assertThat(instance("T-SCHED/2022-W11")).isNotNull();
        Assertions.assertThat(timer(instance("T-SCHED/2022-W11"),
                com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION_OVERDUE).getDuedate())
                .isEqualTo(at("2022-03-20T23:59"));
        List<HistoricProcessInstance> runs = history.createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE)
                .startedAfter(at("2022-03-01T00:00")).startedBefore(at("2022-04-01T00:00")).list();
        Assertions.assertThat(runs).hasSize(5);
    }

    @Test
    void twoNodesRunningTheScheduleAtOnceStartEachWeekOnce_R_MS_1() throws Exception {
        clock("2022-06-08T06:00"); // 2022-W23
        site("T-SCHED-2", "eng-west-3", LocalDate.of(2022, 6, 6), List.of());
        var now = ClockUtil.getCurrentTime().toInstant();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = two.invokeAll(List.<Callable<List<String>>>of(
                    () -> safely(() -> dueWork.startDueWorkOf("T-SCHED-2", now)),
                    () -> safely(() -> dueWork.startDueWorkOf("T-SCHED-2", now))));
            for (Future<List<String>> run : runs) {
                run.get();
            }
        } finally {
            two.shutdown();
        }
        // the loser of the race fails on the unique week and its retry (the next run) finds it
        dueWork.startDueWorkOf("T-SCHED-2", now);
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("T-SCHED-2/2022-W23").count())
                .isOne();
    }

    private static List<String> safely(Callable<List<String>> run) {
        try {
            return run.call();
        } catch (Exception e) {
            return List.of();
        }
    }

    private Job scheduleTimer() {
        return management.createJobQuery().processDefinitionKey(SCHEDULE).activityId(SCHEDULE_START).timers().singleResult();
    }

    private List<String> keys() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("T-SCHED/%").list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey).sorted().toList();
    }
}
