package com.opsflow.identity.internal;

import com.opsflow.identity.DispatchBar;
import com.opsflow.identity.DispatchTarget;
import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StaffNames;
import com.opsflow.identity.Station;
import com.opsflow.identity.StationLeads;
import com.opsflow.platform.BadRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
class JdbcStaffDirectory implements StaffDirectory {

    /** The one department OpsFlow serves (運營部). */
    static final String DEPARTMENT = "ops";

    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<DispatchBar> dispatchBars;

    JdbcStaffDirectory(IdentityService identityService, JdbcTemplate jdbc, ObjectProvider<DispatchBar> dispatchBars) {
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.dispatchBars = dispatchBars;
    }

    @Override
    public Optional<String> dispatchBar(String userId) {
        return dispatchBars.orderedStream().map(bar -> bar.reasonAgainst(userId)).flatMap(Optional::stream).findFirst();
    }

    @Override
    public Optional<Staff> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        record Org(String station, String superior, String groupLeader) {
        }
        Org org = jdbc.query("select station_id, superior_id, group_leader_id from identity_staff where user_id = ?",
                rs -> rs.next() ? new Org(rs.getString(1), rs.getString(2), rs.getString(3)) : new Org(null, null, null),
                userId);
        return Optional.of(new Staff(user.getId(), StaffNames.of(user), user.getEmail(), Optional.ofNullable(org.station()),
                Optional.ofNullable(org.superior()), Optional.ofNullable(org.groupLeader()), groups));
    }

    @Override
    public Staff require(String userId) {
        return find(userId).orElseThrow(() -> new BadRequestException("查無此人員 / unknown staff: " + userId));
    }

    @Override
    public boolean exists(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId).count() == 1;
    }

    /**
     * Collect, then look up: the engineers first (one identity query), then stations and their
     * staff in one join. Never a query inside a row mapper: outside a transaction that takes a
     * second connection while the first is still held.
     */
    @Override
    public List<Station> stations() {
        Set<String> engineers = Set.copyOf(membersOf(Groups.ENGINEER));
        record Row(String id, String name, String manager, String head, String member) {
        }
        List<Row> rows = jdbc.query("select s.id, s.name, s.manager_id, s.head_id, m.user_id from identity_station s"
                + " left join identity_staff m on m.station_id = s.id order by s.id, m.user_id",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        Map<String, Row> stations = new LinkedHashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Row row : rows) {
            stations.putIfAbsent(row.id(), row);
            List<String> ofStation = members.computeIfAbsent(row.id(), k -> new ArrayList<>());
            if (row.member() != null && engineers.contains(row.member())) {
                ofStation.add(row.member());
            }
        }
        return stations.values().stream()
                .map(r -> new Station(r.id(), r.name(), r.manager(), r.head(), List.copyOf(members.get(r.id()))))
                .toList();
    }

    /**
     * One station, read by its id (every new task of an order asks for its station's manager and
     * head): its row with its staff, then which of them are engineers, never the whole organisation.
     */
    @Override
    public Optional<Station> station(String stationId) {
        if (stationId == null || stationId.isBlank()) {
            return Optional.empty();
        }
        record Row(String id, String name, String manager, String head, String member) {
        }
        List<Row> rows = jdbc.query("select s.id, s.name, s.manager_id, s.head_id, m.user_id from identity_station s"
                + " left join identity_staff m on m.station_id = s.id where s.id = ? order by m.user_id",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                stationId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String[] staff = rows.stream().map(Row::member).filter(Objects::nonNull).toArray(String[]::new);
        Set<String> engineers = staff.length == 0 ? Set.of()
                : identityService.createUserQuery().memberOfGroup(Groups.ENGINEER).userIdIn(staff).list().stream()
                        .map(User::getId).collect(Collectors.toSet());
        Row first = rows.get(0);
        return Optional.of(new Station(first.id(), first.name(), first.manager(), first.head(),
                Arrays.stream(staff).filter(engineers::contains).toList()));
    }

    /** One select: the station's row (issue 19: task creation and escalations asked for its engineers too). */
    @Override
    public Optional<StationLeads> stationLeads(String stationId) {
        if (stationId == null || stationId.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select id, name, manager_id, head_id from identity_station where id = ?",
                (rs, i) -> new StationLeads(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), stationId)
                .stream().findFirst();
    }

    /**
     * Two statements whatever the ids: the engineer as a user of the engineers' group (one identity
     * query, not a user query and a group query), and the station's name with the engineer's
     * station in one select (issue 19: the intake's checks were four reads).
     */
    @Override
    public DispatchTarget dispatchTarget(String stationId, String engineerId) {
        User engineer = engineerId == null || engineerId.isBlank() ? null
                : identityService.createUserQuery().userId(engineerId).memberOfGroup(Groups.ENGINEER).singleResult();
        boolean noStation = stationId == null || stationId.isBlank();
        String[] names = noStation && engineer == null ? new String[2]
                : jdbc.queryForObject("select (select name from identity_station where id = ?),"
                        + " (select station_id from identity_staff where user_id = ?)",
                        (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, noStation ? null : stationId,
                        engineer == null ? null : engineerId);
        return new DispatchTarget(Optional.ofNullable(names[0]), Optional.ofNullable(engineer).map(StaffNames::of),
                Optional.ofNullable(engineer == null ? null : names[1]));
    }

    @Override
    public Optional<Station> stationOf(String userId) {
        List<String> ids = jdbc.queryForList("select station_id from identity_staff where user_id = ?", String.class, userId);
        return ids.isEmpty() || ids.get(0) == null ? Optional.empty() : station(ids.get(0));
    }

    @Override
    public Map<String, String> stationIds() {
        Map<String, String> ids = new HashMap<>();
        jdbc.query("select m.user_id, m.station_id from identity_staff m join identity_station s on s.id = m.station_id",
                rs -> {
                    ids.put(rs.getString(1), rs.getString(2));
                });
        return ids;
    }

    /** One select of the stations' rows (the list of {@link #stations} also reads who is an engineer). */
    @Override
    public Map<String, String> stationNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("select id, name from identity_station order by id", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    @Override
    public List<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }

    @Override
    public Optional<String> firstMemberOf(String groupId) {
        return membersOf(groupId).stream().findFirst();
    }

    @Override
    public Optional<String> opsManager() {
        return jdbc.queryForList("select ops_manager_id from identity_department where id = ?", String.class,
                DEPARTMENT).stream().filter(id -> id != null && !id.isBlank()).findFirst();
    }

    @Override
    public String displayName(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? String.valueOf(userId) : StaffNames.of(user);
    }

    @Override
    public Map<String, String> displayNames(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) { // a bounded IN list per query
            identityService.createUserQuery().userIdIn(ids.subList(from, Math.min(ids.size(), from + 500))
                    .toArray(String[]::new)).list().forEach(user -> names.put(user.getId(), StaffNames.of(user)));
        }
        userIds.forEach(id -> names.putIfAbsent(id, String.valueOf(id)));
        return names;
    }


    @Override
    public Optional<LocalDate> startDate(String userId) {
        return jdbc.queryForList("select start_date from identity_staff where user_id = ? and start_date is not null",
                java.sql.Date.class, userId).stream().findFirst().map(java.sql.Date::toLocalDate);
    }

    @Override
    public Map<String, LocalDate> startDates() {
        Map<String, LocalDate> dates = new java.util.HashMap<>();
        jdbc.query("select user_id, start_date from identity_staff where start_date is not null",
                rs -> {
                    dates.put(rs.getString(1), rs.getDate(2).toLocalDate());
                });
        return dates;
    }

    @Override
    public LocalDate recordStartIfUnknown(String userId, LocalDate day) {
        if (jdbc.update("update identity_staff set start_date = ? where user_id = ? and start_date is null", day, userId) == 0
                && jdbc.queryForObject("select count(*) from identity_staff where user_id = ?", Integer.class, userId) == 0) {
            try {
                jdbc.update("insert into identity_staff (user_id, start_date) values (?, ?)", userId, day);
            } catch (org.springframework.dao.DuplicateKeyException concurrent) {
                // signed in twice at once: the other request recorded it
            }
        }
        return startDate(userId).orElse(day);
    }
}
