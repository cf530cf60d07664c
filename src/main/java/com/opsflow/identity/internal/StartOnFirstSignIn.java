package com.opsflow.identity.internal;

import com.opsflow.identity.StaffDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * A staff member created in Camunda Admin has no start date: the day they first sign in on the
 * sign-in page becomes it, so attendance never counts the days before they existed.
 * Only interactive sign-ins (the form), not every HTTP Basic request of the REST API.
 */
@Component
class StartOnFirstSignIn {

    private final StaffDirectory directory;
    private final ZoneId zone;

    StartOnFirstSignIn(StaffDirectory directory, @Value("${opsflow.zone}") ZoneId zone) {
        this.directory = directory;
        this.zone = zone;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        directory.recordStartIfUnknown(event.getAuthentication().getName(),
                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone));
    }
}
