package com.opsflow.approval.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.platform.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks a leave request and counts it in working days of the working calendar, to half-day
 * precision (R-LV-1 decides the approver on {@code leaveDays}). Reads {@code leaveType},
 * {@code fromDate}/{@code fromHalf}, {@code toDate}/{@code toHalf}, {@code reason},
 * {@code handoverTo}; writes {@code leaveDays}, {@code leaveStart}, {@code leaveEnd} and, for
 * emergency leave (R-LV-2), {@code filingDeadline}: the end of the working day that lies
 * {@code opsflow.approvals.emergency-filing-working-days} working days after the last day of leave.
 */
@Component("countLeaveDays")
class CountLeaveDays implements JavaDelegate {

    private final WorkingCalendar calendar;
    private final ApprovalProperties settings;

    CountLeaveDays(WorkingCalendar calendar, ApprovalProperties settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String type = String.valueOf(execution.getVariable("leaveType"));
        if (!(type.equals("PERSONAL") || type.equals("SICK") || type.equals("ANNUAL"))) {
            throw new BadRequestException("假別錯誤 / leave type must be PERSONAL, SICK or ANNUAL", Map.of("leaveType", "必填"));
        }
        if (blank(execution.getVariable("reason"))) {
            throw new BadRequestException("請填寫事由 / a reason is required", Map.of("reason", "必填"));
        }
        if (type.equals("ANNUAL") && blank(execution.getVariable("handoverTo"))) {
            // R-LV-3: annual leave only with the work handed over
            throw new BadRequestException("休假須安排工作交接 / annual leave needs a handover (R-LV-3)",
                    Map.of("handoverTo", "休假須填寫"));
        }
        LocalDate fromDay = RequestDates.date(execution, "fromDate");
        LocalDate toDay = RequestDates.date(execution, "toDate");
        Instant from = RequestDates.startOf(fromDay, execution.getVariable("fromHalf"), calendar.zone());
        Instant to = RequestDates.endOf(toDay, execution.getVariable("toHalf"), calendar.zone());
        RequestDates.requireOrder(from, to, "toDate");

        execution.setVariable("leaveDays", calendar.workingDaysBetween(from, to).doubleValue());
        execution.setVariable("leaveStart", Date.from(from));
        execution.setVariable("leaveEnd", Date.from(to));
        LocalDate lastFilingDay = calendar.addWorkingDays(toDay.plusDays(1), settings.emergencyFilingWorkingDays() - 1);
        execution.setVariable("filingDeadline",
                Date.from(lastFilingDay.atTime(RequestDates.AFTERNOON_END).atZone(calendar.zone()).toInstant()));
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
