package com.opsflow.reporting.internal;

import com.opsflow.identity.DataScope;
import com.opsflow.identity.DataScopes;
import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.reporting.KpiQuery;
import org.springframework.stereotype.Component;

/**
 * Who sees which KPIs. KPIs are for managers: the ops manager, the bureau head and administrators,
 * station managers and station heads; everybody else gets 403. Which station a manager sees is
 * the organisation's data scope ({@link DataScope}): everyone's, or their own station's only (no
 * station asked = their own, another station or another station's engineer = 403).
 */
@Component
public class ReportScope {

    private final DataScopes scopes;

    ReportScope(DataScopes scopes) {
        this.scopes = scopes;
    }

    public static boolean mayView(CurrentUser user) {
        return user.inAnyGroup(Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.ADMIN, Groups.STATION_MANAGER,
                Groups.STATION_HEAD);
    }

    public boolean seesAll(CurrentUser user) {
        return scopes.of(user).everyone();
    }

    /** The query narrowed to what the user may see, or {@link ForbiddenException}. */
    public KpiQuery restrict(KpiQuery query, CurrentUser user) {
        if (!mayView(user)) {
            throw new ForbiddenException("只有運營部經理、區站經理、站長及省局負責人可查看績效指標 / KPIs are for managers only");
        }
        DataScope scope = scopes.of(user);
        if (scope.everyone()) {
            return query;
        }
        String own = scope.station()
                .orElseThrow(() -> new ForbiddenException("您未隸屬任何區站 / you belong to no station"));
        if (query.station() != null && !query.station().equals(own)) {
            throw new ForbiddenException("只能查看本站（" + own + "）的指標 / only your own station " + own);
        }
        if (query.engineer() != null && !scope.sees(query.engineer())) {
            throw new ForbiddenException("只能查看本站人員 / only staff of your own station");
        }
        return query.withStation(own);
    }

    /** May the user record training (K-5)? Managers only. */
    public static boolean mayRecordTraining(CurrentUser user) {
        return mayView(user);
    }
}
