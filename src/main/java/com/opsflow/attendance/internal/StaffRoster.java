package com.opsflow.attendance.internal;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import com.opsflow.identity.StaffNames;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who signs in: the members of the attended groups (opsflow.attendance.attended-groups), with
 * their names, in one user query per group rather than one per person (1,000 staff).
 */
@Component
public class StaffRoster {

    private final IdentityService identityService;
    private final AttendanceProperties properties;

    public StaffRoster(IdentityService identityService, AttendanceProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    /** User id → display name (family name first), sorted by id. */
    public Map<String, String> attendedStaff() {
        Map<String, String> staff = new TreeMap<>();
        for (String group : properties.attendedGroups()) {
            for (User user : identityService.createUserQuery().memberOfGroup(group).list()) {
                staff.putIfAbsent(user.getId(), StaffNames.of(user));
            }
        }
        return staff;
    }
}
