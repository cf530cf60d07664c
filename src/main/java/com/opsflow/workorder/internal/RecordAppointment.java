package com.opsflow.workorder.internal;

import com.opsflow.platform.DateTimeInput;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.workorder.DeadlineProperties;
import com.opsflow.workorder.WorkOrderType;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completion of "聯系用戶並約定上門時間" ({@code ${recordAppointment}}, task listener on complete):
 * the engineer agreed the visit with the user on the phone (上門行為規範 item 1), so the agreed
 * date-time {@code appointment} is required — checked here, on the server, whatever client
 * completes the task (Tasklist, {@code /engine-rest}). It then sets the deadlines that depend on
 * it: an installation is due within two days of dispatch or by the agreed time, whichever comes
 * first (R-WO-5); a renewal visit is due at the agreed time (R-WO-8). A repair keeps its on-site
 * hour from dispatch (R-WO-4). The new work deadline's text goes to the order's row as well, where the
 * callback form reads it; the mails write it from {@code workDue}. The appointment's text is not
 * kept as a variable (issue 19): whoever shows it formats {@code appointment}.
 */
@Component("recordAppointment")
public class RecordAppointment implements TaskListener {

    private final DeadlineProperties deadlines;
    private final OrderRecords records;

    public RecordAppointment(DeadlineProperties deadlines, OrderRecords records) {
        this.deadlines = deadlines;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Object value = task.getVariable("appointment");
        Date appointment;
        try {
            appointment = DateTimeInput.parse(value, deadlines.zone());
        } catch (RuntimeException e) {
            throw TaskInputRefused.because("約定上門時間格式不正確 (例如 2026-11-26T15:30+08:00) / appointment is not a date-time: " + value);
        }
        if (appointment == null) {
            throw TaskInputRefused.because("請填寫與用戶約定的上門時間 / the appointment agreed with the user is required");
        }
        WorkOrderType type = CallingOrder.orderType(execution);
        String orderNo = OrderDataExpressions.numberOf(execution);
        Date dispatchedAt = null;
        Date notBefore;
        if (type == WorkOrderType.REPAIR) {
            // A repair's deadlines do not depend on the appointment: it is only checked against the
            // dispatch, which created this task (same transaction), so the task's creation is its time.
            notBefore = task.getCreateTime();
        } else {
            // the order's row (since 1.4.0 no order holds it as a variable), else an older order's
            // variable, read through the call activity's execution (models before 1.3.0 pass a copy)
            dispatchedAt = orderNo == null ? null : records.dispatchedAt(orderNo).orElse(null);
            if (dispatchedAt == null && CallingOrder.ownOrCalling(execution, "dispatchedAt") instanceof Date d) {
                dispatchedAt = d;
            }
            notBefore = dispatchedAt != null ? dispatchedAt : ClockUtil.getCurrentTime();
        }
        if (notBefore == null) {
            notBefore = ClockUtil.getCurrentTime();
        }
        if (appointment.before(Date.from(notBefore.toInstant().minusSeconds(60)))) {
            throw TaskInputRefused.because("約定上門時間不能早於派單時間 " + deadlines.text(notBefore)
                    + " / the appointment is before the dispatch");
        }
        execution.setVariable("appointment", appointment);

        if (type != WorkOrderType.REPAIR && dispatchedAt != null) {
            Date workDue = RecordDispatch.workDue(deadlines, type, dispatchedAt, appointment);
            execution.setVariable("workDue", workDue);
            if (execution.hasVariable("workDeadline")) {
                // given by an order model before 1.3.0, which maps it back and templates it
                execution.setVariable("workDeadline", deadlines.text(workDue));
            }
            if (orderNo != null) {
                records.workDeadline(orderNo, deadlines.text(workDue));
            }
        }
    }
}
