package com.opsflow.attendance;

import java.math.BigDecimal;

/**
 * One staff member's attendance month (R-AT-3): late and early counts, missing sign-ins or
 * sign-outs, absence (曠工) in days (half-day precision) and the consequence in Chinese.
 */
public record AttendanceMonth(String staff, String name, String month, boolean exempt, BigDecimal daysWorked,
        int lateCount, int earlyCount, int missingSignCount, BigDecimal absenceDays, String consequence) {
}
