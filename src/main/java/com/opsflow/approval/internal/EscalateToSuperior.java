package com.opsflow.approval.internal;

import com.opsflow.identity.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The approver has not decided in time: the decision passes to the approver's direct superior
 * (common approval rule). Sets {@code escalatedFrom} and the new {@code approver}; an
 * approver without a superior (the bureau head) keeps the task.
 */
@Component("escalateToSuperior")
class EscalateToSuperior implements JavaDelegate {

    private final StaffDirectory directory;

    EscalateToSuperior(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String approver = String.valueOf(execution.getVariable("approver"));
        String superior = directory.find(approver).flatMap(s -> s.superior()).orElse(approver);
        execution.setVariable("escalatedFrom", approver);
        execution.setVariable("approver", superior);
        execution.setVariable("approverName", directory.displayName(superior));
    }
}
