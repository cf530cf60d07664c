package com.opsflow.reporting.internal;

import java.time.Instant;

/**
 * What history records about one work order, reduced to the instants and values the KPIs need.
 * Instants are null when the step was not (yet) reached; {@code closed} only for a completed order,
 * {@code ended} also for a cancelled one.
 */
record OrderFact(String orderNo, String processInstanceId, String type, String station, String channel,
        String engineer, Instant received, Instant dispatched, Instant contacted, Instant onSite,
        Instant installationDone, Instant closed, Instant ended, Instant agreedTime, Integer satisfaction, boolean complaint,
        boolean verifiedComplaint, int escalationLevel, boolean techSupport) {

    /** Dispatch, or the order's start when the engineer was given at once. */
    Instant dispatchOrReceived() {
        return dispatched != null ? dispatched : received;
    }
}
