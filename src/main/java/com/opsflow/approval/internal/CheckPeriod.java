package com.opsflow.approval.internal;

import com.opsflow.calendar.WorkingCalendar;
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

    private final WorkingCalendar calendar;

    CheckPeriod(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant start = RequestDates.startOf(RequestDates.date(execution, "startDate"), "AM", calendar.zone());
        Instant end = RequestDates.endOf(RequestDates.date(execution, "endDate"), "PM", calendar.zone());
        RequestDates.requireOrder(start, end, "endDate");
        execution.setVariable("periodStart", Date.from(start));
        execution.setVariable("periodEnd", Date.from(end));
    }
}
