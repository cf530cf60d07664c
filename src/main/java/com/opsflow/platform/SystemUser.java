package com.opsflow.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Work done by the system rather than by whoever is signed in: the engine's authentication is
 * lifted for the work (Camunda authorizations then do not apply; the caller's own checks must
 * have been made before) and put back afterwards, also when the work fails.
 */
public final class SystemUser {

    /** The user id recorded when nobody is signed in (a timer, a job, a listener). */
    public static final String ID = "system";

    /** Runs the work as the system and returns its result. */
    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }

    public static void run(IdentityService identityService, Runnable work) {
        call(identityService, () -> {
            work.run();
            return null;
        });
    }

    /** The engine's signed-in user, or {@link #ID} when there is none. */
    public static String currentOrSystem(IdentityService identityService) {
        Authentication current = identityService.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? ID : current.getUserId();
    }

    private SystemUser() {
    }
}
