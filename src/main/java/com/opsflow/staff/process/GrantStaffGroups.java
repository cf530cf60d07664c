package com.opsflow.staff.process;

import static com.opsflow.staff.process.StaffOnboardingProcess.*;

import com.opsflow.platform.SystemUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Last step of an onboarding ({@code ${grantStaffGroups}}, R-SE-4): with the agreement recorded,
 * the new staff member gets the group asked for (checked by {@code registerNewStaff}). A group
 * held already is left as it is, so a retried job grants nothing twice.
 */
@Component("grantStaffGroups")
public class GrantStaffGroups implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String staff = RegisterNewStaff.text(execution, VAR_STAFF);
        String role = RegisterNewStaff.text(execution, VAR_ROLE);
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        // the administrator's own checks were made at the start (registerNewStaff)
        SystemUser.run(identity, () -> {
            if (identity.createUserQuery().userId(staff).memberOfGroup(role).count() == 0) {
                identity.createMembership(staff, role);
            }
        });
    }
}
