package com.opsflow.approval.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.identity.StaffDirectory;
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
    private final StaffDirectory directory;

    CountLeaveDays(WorkingCalendar calendar, ApprovalProperties settings, StaffDirectory directory) {
        this.calendar = calendar;
        this.settings = settings;
        this.directory = directory;
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
        Object handoverTo = execution.getVariable("handoverTo");
        if (!blank(handoverTo)) {
            // the form offers colleagues by name; a client sending an id must name a real colleague
            if (handoverTo.toString().equals(String.valueOf(execution.getVariable("applicant")))) {
                throw new BadRequestException("工作交接人不能是申請人本人 / the handover cannot be the applicant",
                        Map.of("handoverTo", "請選擇另一位同事"));
            }
            if (!directory.exists(handoverTo.toString())) {
                throw new BadRequestException("工作交接人不存在：" + handoverTo + " / unknown handover",
                        Map.of("handoverTo", "請從名單中選擇"));
            }
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
