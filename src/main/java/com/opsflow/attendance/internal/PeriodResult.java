package com.opsflow.attendance.internal;

import java.time.Instant;

/**
 * One working period of one day, evaluated. Signs are the effective ones: an approved correction
 * stands in for the original ({@code corrected}). {@code away}: the time away that covers the
 * period, if any; {@code open}: the period has not ended yet, so nothing is missing yet.
 */
public record PeriodResult(int period, String name, String hours, Instant signIn, Instant signOut, boolean corrected,
        AwayKind away, boolean exempt, boolean late, boolean early, boolean missingSignIn, boolean missingSignOut,
        boolean absent, boolean open, String status) {

    /** Present in person: at least one sign, and not covered by time away. */
    public boolean worked() {
        return away == null && !exempt && (signIn != null || signOut != null);
    }
}
