package com.opsflow.monitoring.web;

import com.opsflow.identity.Groups;
import com.opsflow.monitoring.Site;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import java.util.List;

/**
 * Who may do what under {@code /api/sites} (authenticated first by the {@code /api/**} chain):
 * <ul>
 * <li>read sites, records, faults and exports: {@link #READERS};</li>
 * <li>register or change a site: {@link #KEEPERS} (the ops manager keeps the register);</li>
 * <li>add a reagent or repair record: the site's engineer, or {@link #RECORDERS};</li>
 * <li>read the figures (overdue work, K-4): {@link #MANAGERS}.</li>
 * </ul>
 */
final class SiteAccess {

    static final List<String> READERS = List.of(Groups.ENGINEER, Groups.GROUP_LEADER, Groups.STATION_MANAGER,
            Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.TECH_SUPPORT, Groups.BUREAU_HEAD, Groups.ADMIN);
    static final List<String> KEEPERS = List.of(Groups.OPS_MANAGER, Groups.ADMIN);
    static final List<String> RECORDERS = List.of(Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER,
            Groups.TECH_SUPPORT, Groups.ADMIN);
    static final List<String> MANAGERS = List.of(Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER,
            Groups.BUREAU_HEAD, Groups.ADMIN);

    static CurrentUser reader() {
        return require(READERS, "監測站點資料僅供運維及管理人員查看 / operations staff only");
    }

    static CurrentUser keeper() {
        return require(KEEPERS, "只有運營部經理可維護站點登記 / only the ops manager keeps the site register");
    }

    static CurrentUser manager() {
        return require(MANAGERS, "監測統計僅供管理人員查看 / managers only");
    }

    static CurrentUser recorder(Site site) {
        CurrentUser user = CurrentUser.get();
        if (!user.id().equals(site.engineer()) && !user.inAnyGroup(RECORDERS.toArray(String[]::new))) {
            throw new ForbiddenException("只有站點的運維人員或管理人員可登記記錄 / only the site's engineer or managers record");
        }
        return user;
    }

    private static CurrentUser require(List<String> groups, String message) {
        CurrentUser user = CurrentUser.get();
        if (!user.inAnyGroup(groups.toArray(String[]::new))) {
            throw new ForbiddenException(message);
        }
        return user;
    }

    private SiteAccess() {
    }
}
