package com.opsflow.monitoring.process;

import static com.opsflow.monitoring.process.Answers.text;

import com.opsflow.monitoring.internal.WorkRows;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** R-MS-3, K-4: the calibration passed its due date undone: noted once, counted on the dashboard. */
@Component("markCalibrationOverdue")
public class MarkCalibrationOverdue implements JavaDelegate {

    private final WorkRows rows;

    public MarkCalibrationOverdue(WorkRows rows) {
        this.rows = rows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rows.calibrationEscalated(text(execution.getVariable(MonitoringProcesses.VAR_SITE)),
                text(execution.getVariable(MonitoringProcesses.VAR_INSTRUMENT)),
                LocalDate.parse(text(execution.getVariable("dueOn"))), ClockUtil.getCurrentTime().toInstant());
    }
}
