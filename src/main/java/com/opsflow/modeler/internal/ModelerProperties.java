package com.opsflow.modeler.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code /modeler} ({@code opsflow.modeler} in application.yaml).
 *
 * @param deploymentName  name of the deployments made in /modeler (the start-up deployment of
 *                        bpmn/ is "opsflow": a model deployed here stays the latest version after a restart)
 */
@ConfigurationProperties("opsflow.modeler")
public record ModelerProperties(String deploymentName) {

    public ModelerProperties {
        if (deploymentName == null || deploymentName.isBlank()) {
            deploymentName = "opsflow-modeler";
        }
    }
}
