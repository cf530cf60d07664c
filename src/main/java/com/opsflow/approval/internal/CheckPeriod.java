package com.opsflow.approval.internal;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the period of a trip, secondment or device entry ({@code startDate} … {@code endDate},
 * whole days; the end may not lie before the start) and writes {@code periodStart} (08:30 of the
 * first day) and {@code periodEnd} (17:00 of the last day): the trip report (R-TR-1) falls due at
 * {@code periodEnd}.
 */
@Component("checkPeriod")
class CheckPeriod implements JavaDelegate {

    private final ApprovalTimers settings;

    CheckPeriod(ApprovalTimers settings) {
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant start = RequestDates.startOf(RequestDates.date(execution, "startDate"), "AM", settings.zone());
        Instant end = RequestDates.endOf(RequestDates.date(execution, "endDate"), "PM", settings.zone());
        RequestDates.requireOrder(start, end, "endDate");
        execution.setVariable("periodStart", Date.from(start));
        execution.setVariable("periodEnd", Date.from(end));
    }
}
