package com.opsflow.platform.security;

import com.opsflow.identity.Groups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may use which route: one row per route of the application (see CONTRIBUTING.md, "The
 * authorization matrix"). {@link AuthorizationMatrixBootTest} finds the routes, fails on a route
 * without a row, tries every row over HTTP and writes the matrix to {@code docs/security.md}.
 */
final class AuthorizationMatrix {

    /** One column per group, with the demo user who tries it. */
    record Column(String title, String user, Set<String> groups) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column(Groups.ENGINEER, "eng-east-1", Set.of(Groups.ENGINEER)),
            new Column(Groups.GROUP_LEADER, "leader-1", Set.of(Groups.GROUP_LEADER)),
            new Column(Groups.STATION_MANAGER, "mgr-east", Set.of(Groups.STATION_MANAGER)),
            new Column(Groups.STATION_HEAD, "head-east", Set.of(Groups.STATION_HEAD)),
            new Column(Groups.OPS_MANAGER, "ops-mgr", Set.of(Groups.OPS_MANAGER)),
            new Column(Groups.CUSTOMER_SERVICE, "cs-1", Set.of(Groups.CUSTOMER_SERVICE)),
            new Column(Groups.TECH_SUPPORT, "tech-1", Set.of(Groups.TECH_SUPPORT)),
            new Column(Groups.BUREAU_HEAD, "bureau-1", Set.of(Groups.BUREAU_HEAD)),
            new Column(Groups.PROCESS_OWNER, "owner-1", Set.of(Groups.PROCESS_OWNER)),
            new Column(Groups.ADMIN + " / " + Groups.CAMUNDA_ADMIN, "admin", Set.of(Groups.ADMIN, Groups.CAMUNDA_ADMIN)));

    static final List<String> WEBAPPS = List.of("welcome", "tasklist", "cockpit", "admin");

    enum Kind { PUBLIC, SIGNED_IN, ENGINE, SCOPED, GROUPS }

    /**
     * Who a row lets in: anyone, every signed-in person, every signed-in person with the engine
     * deciding per object, or the members of some groups. {@code probe} is a query string that
     * makes a read reach its authorization check (a required parameter).
     */
    record Access(Kind kind, Set<String> groups, String probe, String note) {

        boolean allows(Set<String> memberOf) {
            return kind != Kind.GROUPS || memberOf.stream().anyMatch(groups::contains);
        }

        boolean isPublic() {
            return kind == Kind.PUBLIC;
        }

        Access probe(String query) {
            return new Access(kind, groups, query, note);
        }
    }

    static Access anyone() {
        return new Access(Kind.PUBLIC, Set.of(), "", "");
    }

    static Access signedIn() {
        return new Access(Kind.SIGNED_IN, Set.of(), "", "");
    }

    static Access engine() {
        return new Access(Kind.ENGINE, Set.of(), "", "Camunda 授權逐筆決定 / the engine's authorizations decide per object");
    }

    /** Every signed-in person reaches it; the module decides per record (own entries, subordinates …). */
    static Access scoped(String note) {
        return new Access(Kind.SCOPED, Set.of(), "", note);
    }

    static Access groups(String... groups) {
        return new Access(Kind.GROUPS, Set.of(groups), "", "");
    }

    /** Station managers and heads, the ops manager, the bureau head, administrators: reports and registers. */
    static final Access MANAGERS = groups(Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.ADMIN, Groups.CAMUNDA_ADMIN);
    /** Every manager group and the process owners: Cockpit and its plugins. */
    static final Access COCKPIT_USERS = groups(Groups.GROUP_LEADER, Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.PROCESS_OWNER, Groups.ADMIN, Groups.CAMUNDA_ADMIN);
    /** Engineers, tech support and every manager: the monitoring sites. */
    static final Access FIELD_AND_MANAGERS = groups(Groups.ENGINEER, Groups.GROUP_LEADER, Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.TECH_SUPPORT, Groups.BUREAU_HEAD, Groups.ADMIN, Groups.CAMUNDA_ADMIN);
    /** The office roles that see every order: the order list. */
    static final Access ORDER_OFFICE = groups(Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.CUSTOMER_SERVICE, Groups.BUREAU_HEAD, Groups.ADMIN, Groups.CAMUNDA_ADMIN);
    /** Who takes, cancels and files complaints on orders. */
    static final Access ORDER_DESK = groups(Groups.CUSTOMER_SERVICE, Groups.OPS_MANAGER, Groups.ADMIN);

    static final Map<String, Access> ROWS = new LinkedHashMap<>();

    private static void row(String route, Access access) {
        if (ROWS.put(route, access) != null) {
            throw new IllegalStateException("two rows for " + route);
        }
    }

    static {
        // one row per route, sorted as the test lists them; "ENGINE" rows are the engine REST API's
        // main resources, "WEBAPP" rows Camunda's applications
        row("ENGINE /engine-rest/authorization", engine());
        row("ENGINE /engine-rest/batch", engine());
        row("ENGINE /engine-rest/case-definition", engine());
        row("ENGINE /engine-rest/case-execution", engine());
        row("ENGINE /engine-rest/case-instance", engine());
        row("ENGINE /engine-rest/condition", engine());
        row("ENGINE /engine-rest/decision-definition", engine());
        row("ENGINE /engine-rest/decision-requirements-definition", engine());
        row("ENGINE /engine-rest/deployment", engine());
        row("ENGINE /engine-rest/event-subscription", engine());
        row("ENGINE /engine-rest/execution", engine());
        row("ENGINE /engine-rest/external-task", engine());
        row("ENGINE /engine-rest/filter", engine());
        row("ENGINE /engine-rest/group", engine());
        row("ENGINE /engine-rest/history", engine());
        row("ENGINE /engine-rest/identity", engine());
        row("ENGINE /engine-rest/incident", engine());
        row("ENGINE /engine-rest/job", engine());
        row("ENGINE /engine-rest/job-definition", engine());
        row("ENGINE /engine-rest/message", engine());
        row("ENGINE /engine-rest/metrics", engine());
        row("ENGINE /engine-rest/migration", engine());
        row("ENGINE /engine-rest/modification", engine());
        row("ENGINE /engine-rest/optimize", engine());
        row("ENGINE /engine-rest/process-definition", engine());
        row("ENGINE /engine-rest/process-instance", engine());
        row("ENGINE /engine-rest/schema/log", engine());
        row("ENGINE /engine-rest/signal", engine());
        row("ENGINE /engine-rest/task", engine());
        row("ENGINE /engine-rest/telemetry", engine());
        row("ENGINE /engine-rest/tenant", engine());
        row("ENGINE /engine-rest/user", engine());
        row("ENGINE /engine-rest/variable-instance", engine());
        row("ENGINE /engine-rest/version", engine());
        row("GET /api/appeals/{appealId}/audit", scoped("申訴人、運營部經理、管理員 / appellant, ops manager, admins"));
        row("GET /api/appraisal/entries", signedIn());
        row("GET /api/appraisal/statements/{month}", signedIn());
        row("GET /api/appraisal/statements/{month}.csv", signedIn());
        row("GET /api/attendance/corrections/mine", signedIn());
        row("GET /api/attendance/corrections/pending", signedIn());
        row("GET /api/attendance/me", signedIn());
        row("GET /api/attendance/summary/{month}", signedIn());
        row("GET /api/attendance/summary/{month}.csv", signedIn());
        row("GET /api/devices", signedIn());
        row("GET /api/file-transfers/{id}/audit", groups(Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.TECH_SUPPORT, Groups.BUREAU_HEAD, Groups.ADMIN, Groups.CAMUNDA_ADMIN));
        row("GET /api/kpi", MANAGERS);
        row("GET /api/kpi/staff", MANAGERS);
        row("GET /api/kpi/deductions", MANAGERS.probe("?engineer=eng-east-1"));
        row("GET /api/kpi/export.csv", MANAGERS.probe("?table=summary"));
        row("GET /api/kpi/export.xlsx", MANAGERS);
        row("GET /api/kpi/orders", MANAGERS);
        row("GET /api/organisation", signedIn());
        row("GET /api/reports/appraisal/{month}.xlsx", MANAGERS);
        row("GET /api/requests/mine", signedIn());
        row("GET /api/stations", signedIn());
        row("GET /api/sites", FIELD_AND_MANAGERS);
        row("GET /api/sites/figures", MANAGERS);
        row("GET /api/sites/{code}", FIELD_AND_MANAGERS);
        row("GET /api/sites/{code}/faults", FIELD_AND_MANAGERS);
        row("GET /api/sites/{code}/records", FIELD_AND_MANAGERS);
        row("GET /api/sites/{code}/records/export.csv", FIELD_AND_MANAGERS);
        row("GET /api/sites/{code}/records/export.xlsx", FIELD_AND_MANAGERS);
        row("POST /api/sites", groups(Groups.OPS_MANAGER, Groups.ADMIN));
        row("POST /api/sites/{code}/records", scoped("站點的運維人員及區站、運營部、技術人員 / the site's engineer, station managers, ops, tech support"));
        row("PUT /api/sites/{code}", groups(Groups.OPS_MANAGER, Groups.ADMIN));
        row("GET /dashboard/monitoring", MANAGERS);
        row("GET /api/training", MANAGERS);
        row("GET /api/work-orders", ORDER_OFFICE);
        row("GET /api/work-orders/{orderNo}", scoped("工單的相關人員及辦公室角色 / the order's people and office roles"));
        row("GET /attendance", signedIn());
        row("GET /attendance/", signedIn());
        row("GET /attendance/api/corrections/mine", signedIn());
        row("GET /attendance/api/corrections/pending", signedIn());
        row("GET /attendance/api/me", signedIn());
        row("GET /attendance/api/summary/{month}", signedIn());
        row("GET /attendance/api/summary/{month}.csv", signedIn());
        row("GET /attendance/csrf", signedIn());
        row("GET /camunda/api/opsflow/decisions", COCKPIT_USERS);
        row("GET /camunda/api/opsflow/me", COCKPIT_USERS);
        row("GET /camunda/api/opsflow/orders/at-risk", COCKPIT_USERS);
        row("GET /camunda/api/opsflow/orders/by-instance/{processInstanceId}/timeline", COCKPIT_USERS);
        row("GET /camunda/api/opsflow/orders/{orderNo}/timeline", COCKPIT_USERS);
        row("GET /camunda/api/opsflow/requests/mine", signedIn());
        row("GET /dashboard", MANAGERS);
        row("GET /dashboard/appraisal.xlsx", MANAGERS.probe("?month=2026-10"));
        row("GET /dashboard/data", MANAGERS);
        row("GET /dashboard/deductions", MANAGERS.probe("?engineer=eng-east-1"));
        row("GET /dashboard/export.csv", MANAGERS.probe("?table=summary"));
        row("GET /dashboard/export.xlsx", MANAGERS);
        row("GET /dashboard/orders", MANAGERS);
        row("GET /login", anyone());
        // the browser modeler: process owners only (modeler/web/ModelerController)
        row("GET /modeler", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/batches/{id}", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/definitions/{id}/xml", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/element-templates", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/forms", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/form-definitions/{id}/schema", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/forms/{id}/schema", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/migrations/preview", groups(Groups.PROCESS_OWNER).probe("?source=repair:1:a&target=repair:2:b"));
        row("GET /modeler/api/processes", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/processes/{key}/changes", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/processes/{key}/repository-xml", groups(Groups.PROCESS_OWNER));
        row("GET /modeler/api/session", groups(Groups.PROCESS_OWNER));
        row("POST /modeler/api/forms/{id}/deployments", groups(Groups.PROCESS_OWNER));
        row("POST /modeler/api/forms/{id}/diff", groups(Groups.PROCESS_OWNER));
        row("POST /modeler/api/forms/{id}/lint", groups(Groups.PROCESS_OWNER));
        row("POST /modeler/api/lint", groups(Groups.PROCESS_OWNER));
        row("POST /modeler/api/migrations", groups(Groups.PROCESS_OWNER));
        row("POST /modeler/api/processes/{key}/deployments", groups(Groups.PROCESS_OWNER));
        // staff records (R-SE-4, K-5): groups and data scope in staff/web/StaffRecordController
        row("GET /api/staff/records", scoped("資料範圍內的人員 / the staff within one's data scope"));
        row("GET /api/staff/{staff}/record", scoped("資料範圍內的人員 / the staff within one's data scope"));
        row("GET /api/staff/without-agreement", groups(Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.ADMIN));
        row("POST /api/staff/{staff}/agreement", groups(Groups.OPS_MANAGER, Groups.ADMIN));
        row("POST /api/staff/{staff}/qualifications", scoped("本區站人員（站長、區站經理），全部（運營部經理、管理員）/ own station's staff; all for the ops manager and admins"));
        row("GET /dashboard/staff", MANAGERS);
        row("GET /me", signedIn());
        row("GET /me/", signedIn());
        row("GET /me/data", signedIn());
        row("GET /me/nav", signedIn());
        row("GET /orders", ORDER_OFFICE);
        row("GET /orders/", ORDER_OFFICE);
        row("GET /orders/api/orders/{orderNo}", ORDER_OFFICE);
        row("GET /orders/api/search", ORDER_OFFICE);
        row("GET /work-orders/pickers", signedIn());
        row("GET /work-orders/tasks/{taskId}/form-view", scoped("辦公室角色全部；工程師只限派給自己的工單 / office roles every order; an engineer the orders dispatched to them"));
        row("GET /work-orders/{orderNo}/form-view", scoped("辦公室角色全部；工程師只限派給自己的工單 / office roles every order; an engineer the orders dispatched to them"));
        row("POST /api/appraisal/entries/{id}/appeals", scoped("本人的帳目 / one's own entries"));
        row("POST /api/appraisal/entries/{id}/reversal", groups(Groups.OPS_MANAGER));
        row("POST /api/attendance/corrections", signedIn());
        row("POST /api/attendance/corrections/{id}/approve", scoped("申請人的組長 / the applicant's group leader"));
        row("POST /api/attendance/corrections/{id}/reject", scoped("申請人的組長 / the applicant's group leader"));
        row("POST /api/attendance/findings/proxy-signing", scoped("組長及以上 / group leaders and above"));
        row("POST /api/attendance/sign-in", signedIn());
        row("POST /api/attendance/sign-out", signedIn());
        row("POST /api/requests/{id}/withdraw", scoped("申請人本人 / the applicant"));
        row("POST /api/training", scoped("管理人員 / managers (ReportScope)"));
        row("POST /api/work-orders", ORDER_DESK);
        row("POST /api/work-orders/{orderNo}/cancel", ORDER_DESK);
        row("POST /api/work-orders/{orderNo}/complaints", ORDER_DESK);
        row("POST /attendance/api/corrections", signedIn());
        row("POST /attendance/api/corrections/{id}/approve", scoped("申請人的組長 / the applicant's group leader"));
        row("POST /attendance/api/corrections/{id}/reject", scoped("申請人的組長 / the applicant's group leader"));
        row("POST /attendance/api/findings/proxy-signing", scoped("組長及以上 / group leaders and above"));
        row("POST /attendance/api/sign-in", signedIn());
        row("POST /attendance/api/sign-out", signedIn());
        row("POST /me/entries/{id}/appeal", scoped("本人的帳目 / one's own entries"));
        row("POST /me/notices/read", signedIn());
        row("POST /orders/api/orders/{orderNo}/cancel", ORDER_DESK);
        row("PUT /api/organisation/ops-manager", groups(Groups.ADMIN));
        row("WEBAPP /camunda/app/admin/default/", groups(Groups.ADMIN, Groups.CAMUNDA_ADMIN));
        row("WEBAPP /camunda/app/cockpit/default/", COCKPIT_USERS);
        row("WEBAPP /camunda/app/tasklist/default/", signedIn());
        row("WEBAPP /camunda/app/welcome/default/", signedIn());
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        table(md, "OpsFlow's routes", r -> !r.startsWith("ENGINE ") && !r.startsWith("WEBAPP "));
        table(md, "The engine REST API's main resources (`/engine-rest/<resource>/…`, and Tasklist's and Cockpit's "
                + "`/camunda/api/engine/engine/default/<resource>/…`)", r -> r.startsWith("ENGINE "));
        table(md, "Camunda's webapps", r -> r.startsWith("WEBAPP "));
        return md.toString();
    }

    private static void table(StringBuilder md, String title, java.util.function.Predicate<String> rows) {
        md.append("\n### ").append(title).append("\n\n| route | anonymous |");
        COLUMNS.forEach(c -> md.append(' ').append(c.title()).append(" |"));
        md.append(" note |\n|---|---|");
        COLUMNS.forEach(c -> md.append("---|"));
        md.append("---|\n");
        new java.util.TreeMap<>(ROWS).forEach((route, access) -> {
            if (!rows.test(route)) {
                return;
            }
            String shown = route.startsWith("ENGINE ") || route.startsWith("WEBAPP ") ? route.substring(7) : route;
            md.append("| `").append(shown).append("` | ").append(access.isPublic() ? "✓" : "✗").append(" |");
            for (Column column : COLUMNS) {
                String cell = switch (access.kind()) {
                    case PUBLIC, SIGNED_IN -> "✓";
                    case ENGINE -> "engine";
                    case SCOPED -> "scope";
                    case GROUPS -> access.allows(column.groups()) ? "✓" : "✗";
                };
                md.append(' ').append(cell).append(" |");
            }
            md.append(' ').append(access.note()).append(" |\n");
        });
        md.append('\n');
    }

    private AuthorizationMatrix() {
    }
}
