/**
 * Demo data (profiles {@code demo} and {@code demo-history}, never in production): the demo
 * organisation (users, groups, stations), the monitoring sites and a quarter of work-order history generated through
 * the engine for the dashboard. The only module allowed to drive the others to seed data; nothing
 * depends on it, so removing it removes every demo seed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"identity", "monitoring", "platform", "reporting", "staff", "workorder"})
package com.opsflow.demo;
