package com.opsflow.attendance;

import java.time.Instant;

/** Tells attendance about time away that counts as absence (曠工). */
public interface AttendanceAbsences {

    /**
     * Emergency leave notified but not filed afterwards within the deadline: the working periods
     * from {@code from} to {@code to} are absence (R-LV-2), even if an excuse covers them.
     * Idempotent by {@code reference}.
     */
    void recordUnfiledEmergencyLeave(String staff, Instant from, Instant to, String reference);
}
