package com.opsflow.workorder;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.BadRequestException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The demo organisation (README) without a database, for the in-memory scenario tests. */
class FakeStaffDirectory implements StaffDirectory {

    private static final List<Station> STATIONS = List.of(
            new Station("east", "東區站", "mgr-east", "head-east", List.of("eng-east-1", "eng-east-2", "eng-east-3")),
            new Station("west", "西區站", "mgr-west", "head-west", List.of("eng-west-1", "eng-west-2", "eng-west-3")));

    private static final Map<String, Staff> STAFF = Map.ofEntries(
            staff("ops-mgr", "周國強", null, Groups.OPS_MANAGER),
            staff("mgr-east", "陳志明", "east", Groups.STATION_MANAGER),
            staff("head-east", "林建華", "east", Groups.STATION_HEAD),
            staff("eng-east-1", "王小明", "east", Groups.ENGINEER),
            staff("eng-east-2", "李大偉", "east", Groups.ENGINEER),
            staff("mgr-west", "黃美玲", "west", Groups.STATION_MANAGER),
            staff("head-west", "吳俊傑", "west", Groups.STATION_HEAD),
            staff("eng-west-1", "劉文彬", "west", Groups.ENGINEER),
            staff("cs-1", "許淑芬", null, Groups.CUSTOMER_SERVICE),
            staff("cs-2", "楊佩君", null, Groups.CUSTOMER_SERVICE),
            staff("tech-1", "謝明哲", null, Groups.TECH_SUPPORT));

    private static Map.Entry<String, Staff> staff(String id, String name, String station, String group) {
        return Map.entry(id, new Staff(id, name, id + "@opsflow.local", Optional.ofNullable(station), Optional.empty(),
                Optional.empty(), Set.of(group)));
    }

    @Override
    public Optional<Staff> find(String userId) {
        return Optional.ofNullable(userId == null ? null : STAFF.get(userId));
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
        return STATIONS;
    }

    @Override
    public Optional<Station> station(String stationId) {
        return STATIONS.stream().filter(s -> s.id().equals(stationId)).findFirst();
    }

    @Override
    public Optional<Station> stationOf(String userId) {
        return find(userId).flatMap(Staff::station).flatMap(this::station);
    }

    @Override
    public List<String> membersOf(String groupId) {
        return STAFF.values().stream().filter(s -> s.inGroup(groupId)).map(Staff::id).sorted().toList();
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
