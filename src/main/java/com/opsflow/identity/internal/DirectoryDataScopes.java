package com.opsflow.identity.internal;

import com.opsflow.identity.DataScope;
import com.opsflow.identity.DataScopes;
import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.CurrentUser;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The data-scope rule on the organisation tables: a view reads the user's station members and the
 * staff they lead once (two queries), so checking a thousand rows costs nothing more.
 */
@Service
class DirectoryDataScopes implements DataScopes {

    private final StaffDirectory directory;
    private final JdbcTemplate jdbc;

    DirectoryDataScopes(StaffDirectory directory, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public DataScope of(CurrentUser user) {
        boolean everyone = user.inAnyGroup(Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.ADMIN);
        if (everyone) {
            return new View(user.id(), true, null, Set.of());
        }
        String station = user.inAnyGroup(Groups.STATION_MANAGER, Groups.STATION_HEAD)
                ? stationLedBy(user.id()).orElse(null)
                : null;
        Set<String> visible = new HashSet<>();
        if (station != null) {
            visible.addAll(jdbc.queryForList("select user_id from identity_staff where station_id = ?", String.class,
                    station));
        }
        if (user.inGroup(Groups.GROUP_LEADER)) {
            visible.addAll(jdbc.queryForList("select user_id from identity_staff where group_leader_id = ?",
                    String.class, user.id()));
        }
        visible.add(user.id());
        return new View(user.id(), false, station, Set.copyOf(visible));
    }

    /** The station the user manages or heads, else the station they belong to. */
    private Optional<String> stationLedBy(String userId) {
        return directory.stations().stream()
                .filter(s -> userId.equals(s.manager()) || userId.equals(s.head())).map(Station::id).findFirst()
                .or(() -> directory.stationOf(userId).map(Station::id));
    }

    private record View(String userId, boolean everyone, String stationId, Set<String> visible) implements DataScope {

        @Override
        public Optional<String> station() {
            return Optional.ofNullable(stationId);
        }

        @Override
        public boolean ownOnly() {
            return !everyone && visible.size() <= 1;
        }

        @Override
        public boolean sees(String staffId) {
            return everyone || visible.contains(staffId);
        }
    }
}
