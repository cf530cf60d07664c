/**
 * Identity: OpsFlow's groups, the organisation (stations, superiors, group leaders) beside the
 * Camunda identity service, and group authorizations. Public API: {@link com.opsflow.identity.StaffDirectory}
 * (read), {@link com.opsflow.identity.Organisation} (record stations and staff), {@link com.opsflow.identity.Groups},
 * and {@link com.opsflow.identity.DataScopes}: the one rule of who sees which staff's records, used by
 * appraisal, attendance and reporting alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"platform"})
package com.opsflow.identity;
