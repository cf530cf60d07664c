package com.opsflow.identity.internal;

import com.opsflow.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to run with an empty {@code camunda-admin} group: Camunda would then offer its
 * "create the first administrator" page to anyone who reaches the server. In production the
 * first administrator comes from {@code camunda.bpm.admin-user.*} (environment variables).
 */
@Component
@Order(100)
class AdminGuard implements ApplicationRunner {

    private final IdentityService identityService;

    AdminGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("The group camunda-admin has no member. Set CAMUNDA_BPM_ADMIN_USER_ID and "
                    + "CAMUNDA_BPM_ADMIN_USER_PASSWORD (camunda.bpm.admin-user.*) for the first administrator, "
                    + "or run with the demo profile.");
        }
    }
}
