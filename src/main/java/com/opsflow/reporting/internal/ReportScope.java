package com.opsflow.reporting.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.reporting.KpiQuery;
import org.springframework.stereotype.Component;

/**
 * Who sees which KPIs: the ops manager, the bureau head and administrators see every station;
 * a station manager or station head sees only their own station (no station asked = their own,
 * another station = 403); everybody else gets 403.
 */
@Component
public class ReportScope {

    private final StaffDirectory directory;

    ReportScope(StaffDirectory directory) {
        this.directory = directory;
    }

    public static boolean seesAll(CurrentUser user) {
        return user.inAnyGroup(Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.ADMIN);
    }

    public static boolean mayView(CurrentUser user) {
        return seesAll(user) || user.inAnyGroup(Groups.STATION_MANAGER, Groups.STATION_HEAD);
    }

    /** The query narrowed to what the user may see, or {@link ForbiddenException}. */
    public KpiQuery restrict(KpiQuery query, CurrentUser user) {
        if (seesAll(user)) {
            return query;
        }
        if (!mayView(user)) {
            throw new ForbiddenException("只有運營部經理、區站經理、站長及省局負責人可查看績效指標 / KPIs are for managers only");
        }
        String own = directory.stationOf(user.id()).map(s -> s.id())
                .orElseThrow(() -> new ForbiddenException("您未隸屬任何區站 / you belong to no station"));
        if (query.station() != null && !query.station().equals(own)) {
            throw new ForbiddenException("只能查看本站（" + own + "）的指標 / only your own station " + own);
        }
        if (query.engineer() != null) {
            boolean ownEngineer = directory.find(query.engineer()).flatMap(Staff::station).map(own::equals).orElse(false);
            if (!ownEngineer) {
                throw new ForbiddenException("只能查看本站人員 / only staff of your own station");
            }
        }
        return query.withStation(own);
    }

    /** May the user record training (K-5)? Managers only. */
    public static boolean mayRecordTraining(CurrentUser user) {
        return mayView(user);
    }
}
