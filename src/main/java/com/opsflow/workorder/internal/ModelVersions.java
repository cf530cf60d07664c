package com.opsflow.workorder.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The model version an execution runs on ({@code camunda:versionTag}), for the delegates that keep
 * the variables an older model's expressions still read: orders in flight when a new model is
 * deployed finish on the model they started with (issue 19 removed variables in steps).
 */
final class ModelVersions {

    private ModelVersions() {
    }

    /** True when the execution's model is older than {@code major.minor} (no version tag counts as older). */
    static boolean before(DelegateExecution execution, int major, int minor) {
        String tag = execution instanceof ExecutionEntity e && e.getProcessDefinition() != null
                ? e.getProcessDefinition().getVersionTag() : null;
        return before(tag, major, minor);
    }

    static boolean before(String versionTag, int major, int minor) {
        if (versionTag == null) {
            return true;
        }
        String[] parts = versionTag.trim().split("\\.");
        try {
            int tagMajor = Integer.parseInt(parts[0]);
            int tagMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return tagMajor < major || (tagMajor == major && tagMinor < minor);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
