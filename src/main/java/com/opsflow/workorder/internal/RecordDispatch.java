package com.opsflow.workorder.internal;

import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.workorder.Deadlines;
import com.opsflow.workorder.WorkOrderType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The moment of dispatch ({@code ${recordDispatch}}): every clock of the order starts here
 * (R-WO-1 contact, R-WO-4 on site, R-WO-5 installation, R-WO-8 renewal visit). Checks that the
 * engineer belongs to the order's station and writes the due dates (Date variables the timers and
 * task due dates use) and their texts (shown in the task forms).
 */
@Component("recordDispatch")
public class RecordDispatch implements JavaDelegate {

    private final StaffDirectory directory;
    private final Deadlines deadlines;

    public RecordDispatch(StaffDirectory directory, Deadlines deadlines) {
        this.directory = directory;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String engineer = PrepareWorkOrder.text(execution, "engineer");
        String station = PrepareWorkOrder.text(execution, "station");
        Staff staff = directory.find(engineer)
                .orElseThrow(() -> new IllegalArgumentException("查無此工程師 / unknown engineer: " + engineer));
        if (!staff.station().map(s -> s.equals(station)).orElse(false)) {
            throw new IllegalArgumentException("工程師 " + engineer + " 不屬於區站 " + station
                    + " / engineer not of the order's station");
        }
        execution.setVariable("engineer", engineer);
        execution.setVariable("engineerName", staff.name());

        Date now = ClockUtil.getCurrentTime();
        execution.setVariable("dispatchedAt", now);
        Date contactDue = deadlines.dueAfter(now, deadlines.contact());
        execution.setVariable("contactDue", contactDue);
        execution.setVariable("contactDeadline", deadlines.text(contactDue));

        Date agreed = agreedTime(execution.getVariable("agreedTime"));
        Date workDue = switch (WorkOrderType.valueOf(PrepareWorkOrder.text(execution, "orderType"))) {
            case REPAIR -> deadlines.dueAfter(now, deadlines.onSite());
            case INSTALLATION -> agreed != null ? agreed : deadlines.dueAfter(now, deadlines.installation());
            case RENEWAL -> agreed != null ? agreed : deadlines.dueAfter(now, deadlines.renewalVisit());
        };
        execution.setVariable("workDue", workDue);
        execution.setVariable("workDeadline", deadlines.text(workDue));
    }

    /** A Date from the REST front door, or the text of a Tasklist date-time field. */
    static Date agreedTime(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date;
        }
        String text = value.toString().trim();
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(Instant.parse(text));
            } catch (DateTimeParseException e2) {
                return Date.from(LocalDateTime.parse(text).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            }
        }
    }
}
