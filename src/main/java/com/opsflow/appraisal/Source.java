package com.opsflow.appraisal;

/**
 * Where a breach was found (R-AP-6): for a process, its definition key, instance id, business key
 * (the work-order number) and activity id. All parts may be null for a manual posting.
 */
public record Source(String processDefinitionKey, String processInstanceId, String businessKey, String activityId) {

    public static Source manual() {
        return new Source(null, null, null, null);
    }
}
