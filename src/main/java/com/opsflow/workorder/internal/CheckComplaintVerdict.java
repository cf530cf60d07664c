package com.opsflow.workorder.internal;

import com.opsflow.platform.TaskInputRefused;
import com.opsflow.identity.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "核實投訴" ({@code ${checkComplaintVerdict}}, task listener on complete, R-WO-10):
 * the ops manager must say whether the complaint is the staff's fault and, if so, name a staff
 * member of the organisation — checked here on the server whatever client completes the task.
 * The answers are stored as booleans so the gateways read them the same from every client.
 */
@Component("checkComplaintVerdict")
public class CheckComplaintVerdict implements TaskListener {

    private final StaffDirectory directory;

    public CheckComplaintVerdict(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        Object fault = task.getVariable("staffFault");
        if (fault == null || fault.toString().isBlank()) {
            throw TaskInputRefused.because("請選擇投訴是否經核實為員工錯誤 / staffFault is required");
        }
        boolean staffFault = Boolean.parseBoolean(fault.toString());
        Object late = task.getVariable("lateVisit");
        boolean lateVisit = late != null && Boolean.parseBoolean(late.toString());
        if (staffFault) {
            Object who = task.getVariable("faultStaff");
            String id = who == null ? null : who.toString().trim();
            if (id == null || id.isEmpty()) {
                throw TaskInputRefused.because("請指明責任人員 / name the staff member at fault (faultStaff)");
            }
            if (!directory.exists(id)) {
                throw TaskInputRefused.because("查無此員工 / unknown staff member: " + id);
            }
            task.getExecution().setVariable("faultStaff", id);
        }
        task.getExecution().setVariable("staffFault", staffFault);
        task.getExecution().setVariable("lateVisit", lateVisit);
    }
}
