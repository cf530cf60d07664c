package com.opsflow.identity;

import java.util.Optional;
import java.util.Set;

/**
 * A staff member: the Camunda user with the organisation OpsFlow records beside it.
 *
 * @param superior    the direct superior (approvals escalate to them), if any
 * @param groupLeader the project group leader (項目組長) who approves short leave, if any
 */
public record Staff(String id, String name, String email, Optional<String> station, Optional<String> superior,
        Optional<String> groupLeader, Set<String> groups) {

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
