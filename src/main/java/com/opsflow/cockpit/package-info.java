/**
 * Cockpit: what managers need in Camunda Cockpit beside Camunda's own views. The
 * decisions waiting for the signed-in manager (待我審批) with the actions that complete them
 * through the same BPMN and listeners as Tasklist, orders at risk and an order's timeline
 * (from the work-order API), and the Chinese labels of process variables. Read-only JSON under
 * {@code /camunda/api/opsflow/**}, on the webapps' session; the Cockpit plugins themselves are
 * plain ES modules under {@code webjars/camunda/app/cockpit/scripts/opsflow/}. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cockpit",
        allowedDependencies = {"appeal", "approval", "identity", "platform", "workorder"})
package com.opsflow.cockpit;
