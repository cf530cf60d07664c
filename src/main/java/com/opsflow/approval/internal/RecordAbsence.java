package com.opsflow.approval.internal;

import com.opsflow.approval.AbsenceRecorded;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records time away for attendance (input parameter {@code absenceKind}: LEAVE, TRIP, SECONDMENT,
 * ABSENT) over {@code leaveStart}…{@code leaveEnd} (leave) or {@code periodStart}…{@code periodEnd}
 * (trip, secondment), as an {@link AbsenceRecorded} event that attendance receives.
 */
@Component("recordAbsence")
class RecordAbsence implements JavaDelegate {

    private final ApplicationEventPublisher events;

    RecordAbsence(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = String.valueOf(execution.getVariable("absenceKind"));
        boolean leave = execution.hasVariable("leaveStart");
        Date from = (Date) execution.getVariable(leave ? "leaveStart" : "periodStart");
        Date to = (Date) execution.getVariable(leave ? "leaveEnd" : "periodEnd");
        Object leaveType = execution.getVariable("leaveType");
        events.publishEvent(new AbsenceRecorded(String.valueOf(execution.getVariable("applicant")), kind,
                leaveType == null ? null : leaveType.toString(), from.toInstant(), to.toInstant(),
                execution.getProcessInstanceId()));
    }
}
