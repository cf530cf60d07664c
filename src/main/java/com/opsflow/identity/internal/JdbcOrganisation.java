package com.opsflow.identity.internal;

import com.opsflow.identity.Organisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Organisation} on the tables {@code identity_station} and {@code identity_staff}. */
@Service
class JdbcOrganisation implements Organisation {

    private final JdbcTemplate jdbc;

    JdbcOrganisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void addStation(String id, String name, String manager, String head) {
        if (count("select count(*) from identity_station where id = ?", id) == 0) {
            jdbc.update("insert into identity_station (id, name, manager_id, head_id) values (?, ?, ?, ?)",
                    id, name, manager, head);
        }
    }

    @Override
    @Transactional
    public void addStaff(String userId, String station, String superior, String groupLeader) {
        if (count("select count(*) from identity_staff where user_id = ?", userId) == 0) {
            jdbc.update("insert into identity_staff (user_id, station_id, superior_id, group_leader_id) "
                    + "values (?, ?, ?, ?)", userId, station, superior, groupLeader);
        }
    }

    private int count(String sql, String id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }
}
