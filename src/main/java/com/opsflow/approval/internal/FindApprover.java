package com.opsflow.approval.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets {@code approver} for the request of {@code applicant}: input parameter {@code approverRole}
 * is {@code groupLeader} (the applicant's project group leader, R-LV-1 for ≤ 1 day) or
 * {@code bureauHead} (the bureau's responsible person: leave over 1 day, trips, secondments,
 * devices, file transfers). An applicant without a group leader goes to the bureau head.
 */
@Component("findApprover")
class FindApprover implements JavaDelegate {

    private final StaffDirectory directory;

    FindApprover(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String role = String.valueOf(execution.getVariable("approverRole"));
        String applicant = String.valueOf(execution.getVariable("applicant"));
        String approver = switch (role) {
            case "groupLeader" -> directory.require(applicant).groupLeader().orElseGet(this::bureauHead);
            case "bureauHead" -> bureauHead();
            default -> throw new IllegalStateException("findApprover: unknown approverRole " + role);
        };
        execution.setVariable("approver", approver);
        execution.setVariable("approverName", directory.displayName(approver));
    }

    private String bureauHead() {
        return directory.firstMemberOf(Groups.BUREAU_HEAD)
                .orElseThrow(() -> new IllegalStateException("no member in group " + Groups.BUREAU_HEAD));
    }
}
