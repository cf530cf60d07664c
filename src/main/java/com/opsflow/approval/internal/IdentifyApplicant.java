package com.opsflow.approval.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Whose leave it is. R-LV-2: after a sudden illness or event the group leader may record the
 * emergency for the staff member ({@code onBehalfOf}); then {@code applicant} becomes that staff
 * member and {@code filedBy} the group leader. Only the staff member's own group leader may do so.
 */
@Component("identifyApplicant")
class IdentifyApplicant implements JavaDelegate {

    private final StaffDirectory directory;

    IdentifyApplicant(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object initiator = execution.getVariable("applicant");
        Object onBehalfOf = execution.getVariable("onBehalfOf");
        execution.setVariable("filedBy", initiator);
        if (onBehalfOf == null || onBehalfOf.toString().isBlank() || onBehalfOf.equals(initiator)) {
            return;
        }
        String staff = onBehalfOf.toString().trim();
        boolean ownLeader = directory.require(staff).groupLeader().map(l -> l.equals(String.valueOf(initiator))).orElse(false);
        if (!ownLeader) {
            throw new BadRequestException("只有項目組長可代其組員登記緊急請假 / only the staff member's group leader may file for them",
                    Map.of("onBehalfOf", "非您的組員"));
        }
        if (!Boolean.TRUE.equals(execution.getVariable("emergency"))) {
            throw new BadRequestException("代為登記僅限緊急請假 (R-LV-2) / filing for someone else is for emergency leave only",
                    Map.of("onBehalfOf", "僅限緊急請假"));
        }
        execution.setVariable("applicant", staff);
    }
}
