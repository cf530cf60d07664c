package com.opsflow.approval.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A user id entered in a form must name a known staff member (input parameter {@code field}: the
 * variable holding it), else the request is refused before anything is assigned to nobody. Writes
 * {@code <field>Name}, the display name.
 */
@Component("checkStaff")
class CheckStaff implements JavaDelegate {

    private final StaffDirectory directory;

    CheckStaff(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String field = String.valueOf(execution.getVariable("field"));
        Object value = execution.getVariable(field);
        String userId = value == null ? null : value.toString().trim();
        if (userId == null || !directory.exists(userId)) {
            throw new BadRequestException("查無此人員 / unknown staff member: " + value, Map.of(field, "查無此人員"));
        }
        execution.setVariable(field, userId);
        execution.setVariable(field + "Name", directory.displayName(userId));
    }
}
