package com.opsflow.approval.internal;

import com.opsflow.identity.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What the approver's form needs to show the request as a person reads it: the
 * applicant's Chinese name ({@code applicantName}), the Chinese name of whoever takes over the
 * work ({@code handoverToName}, R-LV-3) and the request's type ({@code requestType}, the
 * key of the calling process: leave, business-trip, secondment, device-entry, file-transfer), by
 * which the decision form shows only the fields of that type. Names the task 「審批：請假申請」 from
 * {@code decisionTitle}: the model's name is plain 審批, because Cockpit shows the
 * model's name as written and a person must never read {@code ${…}}.
 */
@Component("describeRequest")
class DescribeRequest implements TaskListener {

    private final StaffDirectory directory;

    DescribeRequest(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Object title = execution.getVariable("decisionTitle");
        if (title != null && !title.toString().isBlank()) {
            task.setName(task.getName() + "：" + title);
        }
        Object applicant = execution.getVariable("applicant");
        if (applicant != null) {
            execution.setVariable("applicantName", directory.displayName(applicant.toString()));
        }
        Object handoverTo = execution.getVariable("handoverTo");
        if (handoverTo != null && !handoverTo.toString().isBlank()) {
            execution.setVariable("handoverToName", directory.displayName(handoverTo.toString()));
        }
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        if (caller != null) {
            String definition = caller.getProcessDefinitionId();
            execution.setVariable("requestType", definition.substring(0, definition.indexOf(':')));
        }
    }
}
