/**
 * Identity: OpsFlow's groups, the organisation (stations, superiors, group leaders) beside the
 * Camunda identity service, group authorizations and the demo organisation.
 * Public API: {@link com.opsflow.identity.StaffDirectory}, {@link com.opsflow.identity.Groups}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package com.opsflow.identity;
