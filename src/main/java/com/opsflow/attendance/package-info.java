/**
 * Attendance (R-AT-1…4, R-LV-2, R-TR-1): sign-in and sign-out as the authenticated user, the
 * evaluation of each working period against the working calendar (late, early leave, missing
 * sign, absence 曠工), corrections approved by the group leader, and the monthly summary with its
 * consequence, acknowledged by the responsible person (process {@code attendance-summary}).
 *
 * <p>Public API for the approval processes, which know when a staff member is away:
 * <ul>
 * <li>{@link com.opsflow.attendance.AttendanceExcuses#record(ExcusedPeriod)}: approved leave, a
 * business trip (no sign-in needed, R-TR-1) or a secondment covers the working periods it overlaps;</li>
 * <li>{@link com.opsflow.attendance.AttendanceAbsences#recordUnfiledEmergencyLeave}: emergency
 * leave not filed afterwards makes the periods it overlaps absence (R-LV-2).</li>
 * </ul>
 * Both are idempotent by {@code reference} (use the process instance id): a retried delegate
 * records once. Call them inside the process's transaction; they write one row. See docs/attendance.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance",
        allowedDependencies = {"calendar", "identity", "notification", "platform"})
package com.opsflow.attendance;
