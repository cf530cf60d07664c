package com.opsflow.identity;

import org.camunda.bpm.engine.identity.User;

/** How OpsFlow writes a staff member's name: Chinese order, family name first, no space (王小明). */
public final class StaffNames {

    private StaffNames() {
    }

    /** The display name of a Camunda user, or the user id when no name is recorded. */
    public static String of(User user) {
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String name = (last + first).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
