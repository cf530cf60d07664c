package com.opsflow.monitoring.process;

import com.opsflow.monitoring.internal.DueWork;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** R-MS-1: starts this week's inspection of every site that has none (and the weeks a downtime missed). Out: {@code inspectionsStarted}. */
@Component("startDueInspections")
public class StartDueInspections implements JavaDelegate {

    private final DueWork work;

    public StartDueInspections(DueWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("inspectionsStarted", work.startDueInspections(ClockUtil.getCurrentTime().toInstant()).size());
    }
}
