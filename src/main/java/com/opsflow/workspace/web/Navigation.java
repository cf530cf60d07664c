package com.opsflow.workspace.web;

import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages a person may open, in the order of the bar: Tasklist and OpsFlow's pages for everyone,
 * the dashboard and Cockpit for managers, the order list for customer service and managers (once
 * the application serves {@code /orders}), Admin for Camunda administrators.
 */
@Component
class Navigation {

    record Link(String id, String label, String href) {
    }

    private record Entry(Link link, Predicate<CurrentUser> mayOpen) {
    }

    private static final Predicate<CurrentUser> EVERYONE = user -> true;

    private final List<Entry> entries;

    // the application's own mappings (the actuator adds a second RequestMappingHandlerMapping)
    Navigation(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        boolean ordersServed = mappings.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains("/orders"));
        List<Entry> all = new ArrayList<>();
        all.add(new Entry(new Link("tasklist", "任務清單", "/camunda/app/tasklist/default/"), EVERYONE));
        all.add(new Entry(new Link("me", "我的帳本", "/me"), EVERYONE));
        all.add(new Entry(new Link("attendance", "考勤簽到", "/attendance"), EVERYONE));
        if (ordersServed) {
            all.add(new Entry(new Link("orders", "工單查詢", "/orders"), user -> user.inAnyGroup(Groups.CUSTOMER_SERVICE,
                    Groups.OPS_MANAGER, Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.BUREAU_HEAD, Groups.ADMIN)));
        }
        all.add(new Entry(new Link("dashboard", "績效儀表板", "/dashboard"), user -> user.inAnyGroup(Groups.OPS_MANAGER,
                Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.BUREAU_HEAD, Groups.ADMIN)));
        all.add(new Entry(new Link("cockpit", "流程監控", "/camunda/app/cockpit/default/"), user -> user.inAnyGroup(
                Groups.COCKPIT_USERS.toArray(String[]::new))));
        all.add(new Entry(new Link("admin", "系統管理", "/camunda/app/admin/default/"),
                user -> user.inAnyGroup(Groups.CAMUNDA_ADMIN)));
        this.entries = List.copyOf(all);
    }

    List<Link> linksFor(CurrentUser user) {
        return entries.stream().filter(e -> e.mayOpen().test(user)).map(Entry::link).toList();
    }
}
