package com.opsflow.attendance.internal;

import com.opsflow.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-AT-4, process {@code attendance-summary}: the timer fires every morning of days 1–10; this
 * decides whether last month's summary is due: on or after the first working day of this month
 * (the working calendar skips New Year and National Day) and not built yet. "Not built yet" is
 * the process's business key (the month): a node that was down on the first working day catches
 * up the next morning, and a month is never summarised twice.
 *
 * <p>Out: {@code summaryDue}, {@code month} (YYYY-MM), {@code responsibleGroup}.
 */
@Component("checkSummaryDue")
public class CheckSummaryDue implements JavaDelegate {

    private final WorkingCalendar calendar;
    private final AttendanceClock clock;
    private final AttendanceProperties properties;

    public CheckSummaryDue(WorkingCalendar calendar, AttendanceClock clock, AttendanceProperties properties) {
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(clock.now(), calendar.zone());
        LocalDate firstWorkingDay = calendar.addWorkingDays(today.withDayOfMonth(1), 0);
        String month = YearMonth.from(today).minusMonths(1).toString();
        boolean built = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AttendanceSummaryProcess.KEY).processInstanceBusinessKey(month).count() > 0;
        boolean due = !today.isBefore(firstWorkingDay) && !built;
        if (due) {
            execution.setProcessBusinessKey(month);
        }
        execution.setVariable("summaryDue", due);
        execution.setVariable("month", month);
        execution.setVariable("responsibleGroup", properties.summaryResponsibleGroup());
    }
}
