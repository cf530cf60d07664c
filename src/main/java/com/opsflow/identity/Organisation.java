package com.opsflow.identity;

import java.time.LocalDate;

/**
 * Records the organisation beside Camunda's users: stations, each staff member's place in it
 * (station, superior, group leader, start date) and the department's one-person roles (the ops
 * manager). What is recorded already stays as it is, so seeding twice changes nothing. Read it
 * through {@link StaffDirectory}.
 */
public interface Organisation {

    /** Adds the station unless one with this id exists. Manager and head are Camunda user ids. */
    void addStation(String id, String name, String manager, String head);

    /**
     * Adds the staff member's place unless it is recorded; station, superior and group leader may
     * be null. A recorded place without a start date gets {@code startDate} (attendance counts no
     * absence before it).
     */
    void addStaff(String userId, String station, String superior, String groupLeader, LocalDate startDate);

    /**
     * Names the department's ops manager (R-WO-2, R-WO-3); they must be a member of the group
     * {@code ops-manager}, else {@link com.opsflow.platform.BadRequestException}.
     */
    void appointOpsManager(String userId);
}
