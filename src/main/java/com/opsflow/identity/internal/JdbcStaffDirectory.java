package com.opsflow.identity.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StaffNames;
import com.opsflow.identity.Station;
import com.opsflow.platform.BadRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
class JdbcStaffDirectory implements StaffDirectory {

    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    JdbcStaffDirectory(IdentityService identityService, JdbcTemplate jdbc) {
        this.identityService = identityService;
        this.jdbc = jdbc;
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

    @Override
    public List<Station> stations() {
        return jdbc.query("select id, name, manager_id, head_id from identity_station order by id",
                (rs, i) -> new Station(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        engineersOf(rs.getString(1))));
    }

    @Override
    public Optional<Station> station(String stationId) {
        return stations().stream().filter(s -> s.id().equals(stationId)).findFirst();
    }

    @Override
    public Optional<Station> stationOf(String userId) {
        List<String> ids = jdbc.queryForList("select station_id from identity_staff where user_id = ?", String.class, userId);
        return ids.isEmpty() || ids.get(0) == null ? Optional.empty() : station(ids.get(0));
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
    public String displayName(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? String.valueOf(userId) : StaffNames.of(user);
    }

    private List<String> engineersOf(String stationId) {
        Set<String> engineers = Set.copyOf(membersOf(Groups.ENGINEER));
        return jdbc.queryForList("select user_id from identity_staff where station_id = ? order by user_id",
                String.class, stationId).stream().filter(engineers::contains).toList();
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
