package com.opsflow.attendance.internal;

import java.math.BigDecimal;

/** R-AT-3, R-AT-4: one staff member's month. Day counts in half days. */
public record MonthlySummary(String staff, String name, String month, boolean exempt, BigDecimal daysWorked,
        int lateCount, int earlyCount, int missingSignCount, BigDecimal absenceDays, BigDecimal leaveDays,
        BigDecimal tripDays, BigDecimal secondmentDays, Consequence consequence) {

    public int lateAndEarly() {
        return lateCount + earlyCount;
    }

    public String consequenceLabel() {
        return consequence.label();
    }
}
