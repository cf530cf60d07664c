package com.opsflow.identity;

import com.opsflow.platform.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A staff directory held in memory, for the in-memory scenario tests of every module: staff and
 * stations are added by the subclass, the look-ups answer as the real directory does.
 */
public abstract class InMemoryStaffDirectory implements StaffDirectory {

    private final Map<String, Staff> staff = new LinkedHashMap<>();
    private final List<Station> stations;

    protected InMemoryStaffDirectory(List<Station> stations) {
        this.stations = List.copyOf(stations);
    }

    /** Adds a staff member of one group; {@code station} and {@code superior} may be null. */
    public void add(String id, String name, String station, String superior, String group) {
        staff.put(id, new Staff(id, name, id + "@opsflow.local", Optional.ofNullable(station),
                Optional.ofNullable(superior), Optional.empty(), Set.of(group)));
    }

    @Override
    public Optional<Staff> find(String userId) {
        return Optional.ofNullable(userId == null ? null : staff.get(userId));
    }

    @Override
    public Staff require(String userId) {
        return find(userId).orElseThrow(() -> new BadRequestException("unknown staff: " + userId));
    }

    @Override
    public boolean exists(String userId) {
        return find(userId).isPresent();
    }

    @Override
    public List<Station> stations() {
        return stations;
    }

    @Override
    public Optional<Station> station(String stationId) {
        return stations.stream().filter(s -> s.id().equals(stationId)).findFirst();
    }

    @Override
    public Optional<Station> stationOf(String userId) {
        return find(userId).flatMap(Staff::station).flatMap(this::station);
    }

    @Override
    public Map<String, String> stationIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        staff.keySet().forEach(id -> stationOf(id).ifPresent(s -> ids.put(id, s.id())));
        return ids;
    }

    @Override
    public List<String> membersOf(String groupId) {
        return staff.values().stream().filter(s -> s.inGroup(groupId)).map(Staff::id).sorted().toList();
    }

    @Override
    public Optional<String> firstMemberOf(String groupId) {
        return membersOf(groupId).stream().findFirst();
    }

    @Override
    public Optional<String> opsManager() {
        return Optional.of("ops-mgr");
    }

    @Override
    public String displayName(String userId) {
        return find(userId).map(Staff::name).orElse(String.valueOf(userId));
    }
}
