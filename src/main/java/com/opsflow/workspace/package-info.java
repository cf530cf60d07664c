/**
 * Workspace: what ties OpsFlow together for a staff member. The navigation between
 * Tasklist and OpsFlow's pages ({@code /me/nav}, used by the pages' bar and by the webapps' custom
 * script) and "my ledger" {@code /me}: the person's own points, fines and thresholds left
 * (appraisal), in-app notices (notification) and their month's attendance (the attendance page's
 * own data). Reads other modules' public APIs only; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace",
        allowedDependencies = {"appeal", "appraisal", "attendance", "identity", "notification", "platform"})
package com.opsflow.workspace;
