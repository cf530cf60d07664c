package com.opsflow.appraisal.web;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose entries and statements a caller may see: ops managers and admins everyone's, a station
 * head their station's staff (and their own), everybody else only their own.
 */
@Component
class Scope {

    private final StaffDirectory directory;

    Scope(StaffDirectory directory) {
        this.directory = directory;
    }

    /** A per-request view; remembers stations looked up, since lists check many rows. */
    View of(CurrentUser user) {
        return new View(user);
    }

    final class View {

        private final CurrentUser user;
        private final boolean everyone;
        private final String station;
        private final Map<String, Boolean> visible = new HashMap<>();

        private View(CurrentUser user) {
            this.user = user;
            this.everyone = user.inAnyGroup(Groups.OPS_MANAGER, Groups.ADMIN);
            this.station = user.inGroup(Groups.STATION_HEAD)
                    ? directory.stationOf(user.id()).map(Station::id).orElse(null)
                    : null;
        }

        boolean everyone() {
            return everyone;
        }

        /** True when the caller sees only their own records. */
        boolean ownOnly() {
            return !everyone && station == null;
        }

        String userId() {
            return user.id();
        }

        boolean sees(String staff) {
            if (everyone || user.id().equals(staff)) {
                return true;
            }
            if (station == null) {
                return false;
            }
            return visible.computeIfAbsent(staff, s -> {
                Optional<Station> theirs = directory.stationOf(s);
                return theirs.isPresent() && theirs.get().id().equals(station);
            });
        }
    }
}
