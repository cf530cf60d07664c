package com.opsflow.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who counts as an administrator for the engine operations that destroy or rewrite live orders
 * ({@link AdminOnlyEngineOperations}): cascade deletion, deleting what still runs, deleting,
 * modifying and migrating instances through the engine REST API.
 */
@ConfigurationProperties("opsflow.security.engine-access")
public record EngineAccessProperties(List<String> adminGroups) {

    public EngineAccessProperties {
        adminGroups = adminGroups == null || adminGroups.isEmpty() ? List.of("admin", "camunda-admin") : List.copyOf(adminGroups);
    }
}
