package com.opsflow.monitoring.process;

import com.opsflow.monitoring.internal.DueWork;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** R-MS-3: starts a calibration for every instrument due within the lead time. Out: {@code calibrationsStarted}. */
@Component("startDueCalibrations")
public class StartDueCalibrations implements JavaDelegate {

    private final DueWork work;

    public StartDueCalibrations(DueWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("calibrationsStarted", work.startDueCalibrations(ClockUtil.getCurrentTime().toInstant()).size());
    }
}
