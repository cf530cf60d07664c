package com.opsflow.workorder.internal;

import com.opsflow.identity.Groups;
import com.opsflow.platform.DateTimeInput;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.workorder.DeadlineProperties;
import com.opsflow.workorder.WorkOrderType;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The moment of dispatch ({@code ${recordDispatch}}): every clock of the order starts here
 * (R-WO-1 contact, R-WO-4 on site, R-WO-5 installation, R-WO-8 renewal visit). Checks that the
 * engineer belongs to the order's station and writes the due dates (Date variables the timers,
 * task due dates and the mails' {@code ${deadlines.workDeadline(workDue)}} use); the engineer's
 * name and the deadline texts the forms show go to the order's row
 * ({@link OrderRecords}), not to variables (issue 19).
 */
@Component("recordDispatch")
public class RecordDispatch implements JavaDelegate {

    private final StaffDirectory directory;
    private final DeadlineProperties deadlines;
    private final OrderRecords records;

    public RecordDispatch(StaffDirectory directory, DeadlineProperties deadlines, OrderRecords records) {
        this.directory = directory;
        this.deadlines = deadlines;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String engineer = PrepareWorkOrder.text(execution, "engineer");
        String station = PrepareWorkOrder.text(execution, "station");
        String orderNo = PrepareWorkOrder.text(execution, "orderNo");
        // an order taken through the REST intake was checked there a moment ago, on this thread
        String engineerName = orderNo == null ? null : CheckedAtIntake.of(orderNo)
                .filter(c -> engineer != null && engineer.equals(c.engineer()) && c.station().equals(station))
                .map(CheckedAtIntake.Checked::engineerName).orElse(null);
        if (engineerName == null) {
            Staff staff = directory.find(engineer)
                    .orElseThrow(() -> TaskInputRefused.because("查無此工程師 / unknown engineer: " + engineer));
            if (!staff.station().map(s -> s.equals(station)).orElse(false)) {
                throw TaskInputRefused.because("工程師 " + engineer + " 不屬於區站 " + station
                        + " / engineer not of the order's station");
            }
            // R-SE-4: staff without a signed confidentiality agreement are not offered for dispatch
            directory.dispatchBar(engineer).ifPresent(reason -> {
                throw TaskInputRefused.because("工程師 " + engineer + " 不可派單：" + reason);
            });
            engineerName = staff.name();
        }
        PrepareWorkOrder.put(execution, "engineer", engineer);
        String dispatcher = currentUser(execution);
        String csAgent = PrepareWorkOrder.text(execution, "csAgent");
        if (dispatcher != null && !dispatcher.equals(csAgent) && directory.find(dispatcher).map(s -> s.inGroup(Groups.CUSTOMER_SERVICE)).orElse(false)
                && !directory.find(csAgent).map(s -> s.inGroup(Groups.CUSTOMER_SERVICE)).orElse(false)) {
            // R-WO-3: the order was taken by someone outside customer service; the customer-service
            // agent of the order is the one who dispatched it.
            PrepareWorkOrder.put(execution, "csAgent", dispatcher);
        }

        Date now = ClockUtil.getCurrentTime();
        // the dispatch time is the row's (records.dispatched below), no variable since 1.4.0: the
        // appointment reads it there, the KPI report takes this step's end
        Date contactDue = deadlines.dueAfter(now, deadlines.contact());
        execution.setVariable("contactDue", contactDue);

        Date agreed = DateTimeInput.parse(execution.getVariable("agreedTime"), deadlines.zone());
        Date workDue = workDue(deadlines, CallingOrder.orderType(execution), now, agreed);
        execution.setVariable("workDue", workDue);
        String workDeadline = deadlines.workDeadline(workDue);
        if (ModelVersions.before(execution, 1, 3)) {
            // models before 1.3.0 template ${workDeadline}; later ones ${deadlines.workDeadline(workDue)}
            execution.setVariable("workDeadline", workDeadline);
        }
        if (ModelVersions.before(execution, 1, 2)) {
            // an order taken on a model before issue 19 still templates these into its mails
            execution.setVariable("engineerName", engineerName);
            execution.setVariable("contactDeadline", deadlines.text(contactDue));
        }
        // the called processes' forms and mails read the engineer and the deadlines from the order's row
        records.dispatched(orderNo, engineer, engineerName, now,
                deadlines.text(contactDue), workDeadline);
    }

    /**
     * The work deadline of an order dispatched at {@code dispatchedAt} with the time agreed with
     * the user (null while none is agreed): repair on site within {@code onSite} of dispatch
     * (R-WO-4); installation within {@code installation} of dispatch or by the agreed time,
     * whichever comes first (R-WO-5); renewal at the agreed time (R-WO-8), unknown until agreed.
     */
    static Date workDue(DeadlineProperties deadlines, WorkOrderType type, Date dispatchedAt, Date agreed) {
        Date rounded = agreed == null ? null : DeadlineProperties.ceilToSecond(agreed.toInstant());
        return switch (type) {
            case REPAIR -> deadlines.dueAfter(dispatchedAt, deadlines.onSite());
            case INSTALLATION -> {
                Date twoDays = deadlines.dueAfter(dispatchedAt, deadlines.installation());
                yield rounded != null && rounded.before(twoDays) ? rounded : twoDays;
            }
            case RENEWAL -> rounded;
        };
    }

    private static String currentUser(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
