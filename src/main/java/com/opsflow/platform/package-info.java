/**
 * Engine and web wiring shared by every module: the Camunda engine after Liquibase, the one
 * deployment of {@code bpmn/} and {@code forms/}, security and JSON errors. Business modules use
 * only its top-level types ({@link com.opsflow.platform.BadRequestException} …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.opsflow.platform;
