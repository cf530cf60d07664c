package com.opsflow.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation as processes and other modules need it: who a user is, their station, their
 * superior, and who holds a role. Users and groups come from the Camunda identity service.
 */
public interface StaffDirectory {

    Optional<Staff> find(String userId);

    /** The staff member, or a {@link com.opsflow.platform.BadRequestException} naming the unknown id. */
    Staff require(String userId);

    boolean exists(String userId);

    List<Station> stations();

    Optional<Station> station(String stationId);

    /**
     * The station's name, manager and head without its engineers: for whoever needs no engineer
     * (escalations, scoped reads, a station's name on a page), one read where {@link #station} takes two.
     */
    default Optional<StationLeads> stationLeads(String stationId) {
        return station(stationId).map(s -> new StationLeads(s.id(), s.name(), s.manager(), s.head()));
    }

    /**
     * The station named on a new order and the engineer it goes to, in as few reads as the
     * directory can (a {@code null} id is not looked up).
     */
    default DispatchTarget dispatchTarget(String stationId, String engineerId) {
        Optional<Staff> engineer = engineerId == null ? Optional.empty()
                : find(engineerId).filter(staff -> staff.inGroup(Groups.ENGINEER));
        return new DispatchTarget(stationId == null ? Optional.empty() : station(stationId).map(Station::name),
                engineer.map(Staff::name), engineer.flatMap(Staff::station));
    }

    /** The station of a staff member, when they belong to one. */
    Optional<Station> stationOf(String userId);

    /**
     * The station id of every staff member who belongs to one, by user id, as {@link #stationOf}
     * gives it: one read for a page or report of many staff, where {@code stationOf} takes up to
     * three per person.
     */
    Map<String, String> stationIds();

    /**
     * Every station's name by id, in the order of {@link #stations}: for a list that names the
     * stations of its rows, without the stations' engineers.
     */
    default Map<String, String> stationNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        stations().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    /** User ids of the members of a group, sorted. */
    List<String> membersOf(String groupId);

    /** The first member of a group, for roles held by one person. */
    Optional<String> firstMemberOf(String groupId);

    /**
     * The department's ops manager (運營部經理), a named person of the organisation
     * ({@code identity_department}), not whoever sorts first in the group: the first escalation
     * level of R-WO-2 and one of the five fined under R-WO-3.
     */
    Optional<String> opsManager();

    /** Display name ("王小明"), or the id itself for an unknown user. */
    String displayName(String userId);

    /**
     * Display names of several users at once, as {@link #displayName} gives them (a statement of
     * all staff asks once, not once per line).
     */
    default Map<String, String> displayNames(Collection<String> userIds) {
        Map<String, String> names = new java.util.HashMap<>();
        userIds.forEach(id -> names.put(id, displayName(id)));
        return names;
    }

    /**
     * The first working day of a staff member (attendance counts nothing before it), when known:
     * set for the demo organisation, otherwise the day of their first sign-in to OpsFlow.
     */
    default Optional<LocalDate> startDate(String userId) {
        return Optional.ofNullable(startDates().get(userId));
    }

    /** Every known start date, by user id (one read for a month's summary of all staff). */
    default Map<String, LocalDate> startDates() {
        return Map.of();
    }

    /**
     * Why a staff member may not be offered for dispatch now (R-SE-4: no signed confidentiality
     * agreement), as the {@link DispatchBar}s of other modules say; empty when they may.
     */
    default Optional<String> dispatchBar(String userId) {
        return Optional.empty();
    }

    /** Records {@code day} as the start date of a staff member who has none yet; returns the start date. */
    default LocalDate recordStartIfUnknown(String userId, LocalDate day) {
        return day;
    }
}
