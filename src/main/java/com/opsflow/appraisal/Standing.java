package com.opsflow.appraisal;

import java.math.BigDecimal;

/**
 * Where a staff member stands in a month before each separation threshold (R-AP-2…4): what counts
 * so far and what is left. Reversed entries and reversals count nowhere (R-AP-6). "Left" is never
 * negative; zero means the threshold is reached.
 *
 * @param monthPoints        points in the calendar month (R-AP-2)
 * @param monthLimit         points that cross the monthly threshold (≥)
 * @param monthLeft          points left before the monthly threshold
 * @param windowFirstMonth   first month of the rolling window ending with this month (R-AP-3)
 * @param windowPoints       points in the rolling window
 * @param windowLimit        points that cross the window threshold (≥)
 * @param windowLeft         points left before the window threshold
 * @param conductBreaches    conduct-code breaches (R-WO-12) in the month
 * @param maxConductBreaches more than this many cross R-AP-4
 * @param conductLeft        breaches still allowed in the month
 * @param pointFinesRmb      the month's points in RMB (R-AP-1)
 * @param finesRmb           the month's fines in RMB (separate ledger, R-AP-6)
 */
public record Standing(String staff, String month, BigDecimal monthPoints, BigDecimal monthLimit, BigDecimal monthLeft,
        String windowFirstMonth, int windowMonths, BigDecimal windowPoints, BigDecimal windowLimit, BigDecimal windowLeft,
        int conductBreaches, int maxConductBreaches, int conductLeft, BigDecimal pointFinesRmb, BigDecimal finesRmb) {
}
