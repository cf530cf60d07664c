package com.opsflow.monitoring;

import static com.opsflow.monitoring.process.MonitoringProcesses.CALIBRATE;
import static com.opsflow.monitoring.process.MonitoringProcesses.CALIBRATION_OVERDUE;
import static com.opsflow.monitoring.process.MonitoringProcesses.END_CALIBRATED;
import static com.opsflow.monitoring.process.MonitoringProcesses.ESCALATE_CALIBRATION;
import static com.opsflow.monitoring.process.MonitoringProcesses.MARK_CALIBRATION_OVERDUE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.monitoring.SiteInput.InstrumentInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of {@code bpmn/monitoring/instrument-calibration.bpmn} (R-MS-3) on the real engine:
 * the next calibration is due an interval after the last one, the task comes
 * {@code calibration-lead} (7 days) ahead, an overdue one escalates to the station head and counts
 * in K-4, a done one moves the next due date. Year 2024.
 */
@OpsFlowSpringBootTest
class InstrumentCalibrationProcessTest extends MonitoringScenario {

    @Test
    void theCalibrationTaskComesSevenDaysBeforeTheDueDateToTheSitesEngineer_R_MS_3() {
        clock("2024-03-01T06:00");
        // last calibrated 2024-02-10, every 30 days: due 2024-03-11
        site("T-CAL-A", "eng-west-2", LocalDate.of(2030, 1, 7),
                List.of(new InstrumentInput("COD-1", "COD 在線分析儀", 30, LocalDate.of(2024, 2, 10))));
        Assertions.assertThat(sites.find("T-CAL-A").orElseThrow().instruments().get(0).nextCalibrationDue())
                .isEqualTo(LocalDate.of(2024, 3, 11));

        // 2024-03-03: eight days ahead, nothing yet
        Assertions.assertThat(dueWork.startDueWorkOf("T-CAL-A", at("2024-03-03T06:00").toInstant())).isEmpty();
        // 2024-03-04: seven days ahead
        Assertions.assertThat(dueWork.startDueWorkOf("T-CAL-A", at("2024-03-04T06:00").toInstant()))
                .containsExactly("T-CAL-A/COD-1/2024-03-11");
        ProcessInstance calibration = instance("T-CAL-A/COD-1/2024-03-11");
        assertThat(calibration).isWaitingAt(CALIBRATE).task().isAssignedTo("eng-west-2").hasDueDate(at("2024-03-12T00:00"));
        // the next day's run starts no second one
        Assertions.assertThat(dueWork.startDueWorkOf("T-CAL-A", at("2024-03-05T06:00").toInstant())).isEmpty();

        clock("2024-03-08T11:00");
        completeAs("eng-west-2", task(calibration), Map.of("readingsBefore", "標液 100 → 104", "readingsAfter", "標液 100 → 100.5",
                "calibrationResult", "pass"));

        assertThat(calibration).isEnded().hasPassed(END_CALIBRATED).hasNotPassed(MARK_CALIBRATION_OVERDUE);
        Assertions.assertThat(records.list("T-CAL-A", RecordKind.CALIBRATION)).singleElement().satisfies(r -> {
            Assertions.assertThat(r.recordedBy()).isEqualTo("eng-west-2");
            Assertions.assertThat(r.what()).contains("COD 在線分析儀（COD-1）", "校驗合格");
            Assertions.assertThat(r.readings()).contains("標液 100 → 100.5");
        });
        // calibrated on 2024-03-08: the next is due 30 days later
        Assertions.assertThat(sites.find("T-CAL-A").orElseThrow().instruments().get(0).nextCalibrationDue())
                .isEqualTo(LocalDate.of(2024, 4, 7));
    }

    @Test
    void aCalibrationNotDoneByItsDueDateEscalatesToTheStationHeadAndCountsInK4_R_MS_3() {
        clock("2024-05-01T06:00");
        site("T-CAL-B", "eng-west-3", LocalDate.of(2030, 1, 7),
                List.of(new InstrumentInput("PM-1", "顆粒物監測儀", 90, LocalDate.of(2024, 2, 10))));
        // due 2024-05-10
        Assertions.assertThat(dueWork.startDueWorkOf("T-CAL-B", at("2024-05-03T06:00").toInstant()))
                .containsExactly("T-CAL-B/PM-1/2024-05-10");
        ProcessInstance calibration = instance("T-CAL-B/PM-1/2024-05-10");
        Assertions.assertThat(timer(calibration, CALIBRATION_OVERDUE).getDuedate()).isEqualTo(at("2024-05-11T00:00"));
        Assertions.assertThat(overdueCalibrations()).doesNotContain("T-CAL-B");

        fire(timer(calibration, CALIBRATION_OVERDUE));

        assertThat(calibration).hasPassed(MARK_CALIBRATION_OVERDUE, ESCALATE_CALIBRATION).isWaitingAt(CALIBRATE)
                .task().isAssignedTo("eng-west-3");
        Assertions.assertThat(noticesOf("head-west", "校準逾期：測試站點T-CAL-B 顆粒物監測儀")).singleElement()
                .satisfies(n -> Assertions.assertThat(n.body()).contains("2024-05-10", "鄭雅婷", "R-MS-3"));
        Assertions.assertThat(overdueCalibrations()).contains("T-CAL-B");

        // done late: still counted (K-4 counts calibrations not done in time), no longer open
        ClockUtil.setCurrentTime(at("2024-05-13T09:00"));
        completeAs("eng-west-3", task(calibration), Map.of("readingsAfter", "零點 0.0", "calibrationResult", "pass"));
        assertThat(calibration).isEnded();
        Assertions.assertThat(figures.figures(Optional.of("west"), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))
                .overdueCalibrations()).filteredOn(o -> o.siteCode().equals("T-CAL-B")).singleElement()
                .satisfies(o -> Assertions.assertThat(o.open()).isFalse());
    }

    private List<String> overdueCalibrations() {
        return figures.figures(Optional.empty(), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)).overdueCalibrations()
                .stream().map(MonitoringFigures.Overdue::siteCode).toList();
    }
}
