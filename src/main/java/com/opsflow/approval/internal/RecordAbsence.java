package com.opsflow.approval.internal;

import com.opsflow.attendance.AttendanceAbsences;
import com.opsflow.attendance.AttendanceExcuses;
import com.opsflow.attendance.ExcusedPeriod;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells attendance about time away, input parameter {@code absenceKind}:
 * <ul>
 * <li>{@code LEAVE}, {@code TRIP} (no sign-in on the trip, R-TR-1), {@code SECONDMENT} (R-SC-1): an
 * approved, excused period;</li>
 * <li>{@code ABSENT}: emergency leave not filed afterwards, absence (曠工, R-LV-2).</li>
 * </ul>
 * The period is {@code leaveStart}…{@code leaveEnd} (leave) or {@code periodStart}…{@code periodEnd}
 * (trip, secondment); the reference is the process instance, so a retried job records once.
 */
@Component("recordAbsence")
class RecordAbsence implements JavaDelegate {

    private final AttendanceExcuses excuses;
    private final AttendanceAbsences absences;

    RecordAbsence(AttendanceExcuses excuses, AttendanceAbsences absences) {
        this.excuses = excuses;
        this.absences = absences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = String.valueOf(execution.getVariable("absenceKind"));
        boolean leave = execution.hasVariable("leaveStart");
        Instant from = ((Date) execution.getVariable(leave ? "leaveStart" : "periodStart")).toInstant();
        Instant to = ((Date) execution.getVariable(leave ? "leaveEnd" : "periodEnd")).toInstant();
        String staff = String.valueOf(execution.getVariable("applicant"));
        String reference = execution.getProcessInstanceId();
        if (kind.equals("ABSENT")) {
            absences.recordUnfiledEmergencyLeave(staff, from, to, reference);
        } else {
            excuses.record(new ExcusedPeriod(staff, from, to, ExcusedPeriod.Kind.valueOf(kind), reference));
        }
    }
}
