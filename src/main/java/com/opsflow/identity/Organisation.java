package com.opsflow.identity;

/** Changes to the organisation beside Camunda's users and groups (admin only). */
public interface Organisation {

    /**
     * Names the department's ops manager (R-WO-2, R-WO-3); they must be a member of the group
     * {@code ops-manager}, else {@link com.opsflow.platform.BadRequestException}.
     */
    void appointOpsManager(String userId);
}
