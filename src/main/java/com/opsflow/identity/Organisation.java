package com.opsflow.identity;

/**
 * Records the organisation beside Camunda's users: stations and each staff member's place in it
 * (station, superior, group leader). What is recorded already stays as it is, so seeding twice
 * changes nothing. Read it through {@link StaffDirectory}.
 */
public interface Organisation {

    /** Adds the station unless one with this id exists. Manager and head are Camunda user ids. */
    void addStation(String id, String name, String manager, String head);

    /** Adds the staff member's place unless it is recorded; station, superior and group leader may be null. */
    void addStaff(String userId, String station, String superior, String groupLeader);
}
