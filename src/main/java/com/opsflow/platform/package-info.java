/**
 * Engine and web wiring shared by every module: the Camunda engine after Liquibase, the one
 * deployment of {@code bpmn/} and {@code forms/}, security and JSON errors. Business modules use
 * only its top-level types: the errors ({@link com.opsflow.platform.BadRequestException} …),
 * {@link com.opsflow.platform.CurrentUser}, and the helpers written once for all of them:
 * {@link com.opsflow.platform.Csv} (CSV for Excel), {@link com.opsflow.platform.Months}
 * ({@code YYYY-MM}), {@link com.opsflow.platform.SystemUser} (work done as the system),
 * {@link com.opsflow.platform.DueJobs} (an order's jobs walked through time) and
 * {@link com.opsflow.platform.CallingProcesses} (a called process reading its callers' variables).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.opsflow.platform;
