package com.opsflow.approval;

import java.time.Instant;

/**
 * Published when an approval process records time away for attendance: approved leave, a business
 * trip (no sign-in, R-TR-1), a secondment (R-SC-1), or emergency leave not filed afterwards, which
 * counts as absence (曠工, R-LV-2). Attendance listens; the approval module knows nothing of it.
 *
 * @param kind             LEAVE, TRIP, SECONDMENT or ABSENT
 * @param leaveType        PERSONAL, SICK or ANNUAL for leave, else null
 * @param processInstanceId the request that recorded it (one record per request and kind)
 */
public record AbsenceRecorded(String staff, String kind, String leaveType, Instant from, Instant to,
        String processInstanceId) {
}
