package com.opsflow.identity.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Organisation;
import com.opsflow.platform.BadRequestException;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Organisation} on the tables {@code identity_station}, {@code identity_staff} and {@code identity_department}. */
@Service
class JdbcOrganisation implements Organisation {

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    JdbcOrganisation(JdbcTemplate jdbc, IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
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
    public void addStaff(String userId, String station, String superior, String groupLeader, LocalDate startDate) {
        if (count("select count(*) from identity_staff where user_id = ?", userId) == 0) {
            jdbc.update("insert into identity_staff (user_id, station_id, superior_id, group_leader_id, start_date) "
                    + "values (?, ?, ?, ?, ?)", userId, station, superior, groupLeader, startDate);
        } else if (startDate != null) {
            jdbc.update("update identity_staff set start_date = ? where user_id = ? and start_date is null", startDate, userId);
        }
    }

    @Override
    @Transactional
    public void appointOpsManager(String userId) {
        if (userId == null || identityService.createUserQuery().userId(userId).memberOfGroup(Groups.OPS_MANAGER).count() == 0) {
            throw new BadRequestException("運營部經理須屬於 ops-manager 組 / not a member of ops-manager: " + userId);
        }
        if (jdbc.update("update identity_department set ops_manager_id = ? where id = ?", userId,
                JdbcStaffDirectory.DEPARTMENT) == 0) {
            jdbc.update("insert into identity_department (id, name, ops_manager_id) values (?, ?, ?)",
                    JdbcStaffDirectory.DEPARTMENT, "運營部", userId);
        }
    }

    private int count(String sql, String id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }
}
