package com.opsflow.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One staff member's line of a monthly statement (R-AP-1…4, R-AP-7). Reversed entries and their
 * reversals count nowhere.
 *
 * @param points          points deducted in the month
 * @param pointFinesRmb   points × the RMB rate per point (R-AP-1)
 * @param finesRmb        fines in RMB in the month (separate ledger, R-AP-6)
 * @param totalRmb        pointFinesRmb + finesRmb
 * @param conductBreaches entries under the conduct rule (R-WO-12) in the month
 * @param thresholds      rule ids of the thresholds crossed for the period ending in this month
 *                        ({@code R-AP-2}, {@code R-AP-3}, {@code R-AP-4})
 * @param reviewOutcome   {@code PENDING}, {@code CONFIRMED} or {@code OVERRULED} for the reviews
 *                        of crossings in this month (pending wins, then confirmed); null if none
 * @param reviews         each review with its outcome and reason
 */
public record StaffStatement(String staff, String staffName, BigDecimal points, BigDecimal pointFinesRmb,
        BigDecimal finesRmb, BigDecimal totalRmb, int conductBreaches, List<String> thresholds, String reviewOutcome,
        List<Review> reviews) {

    /** A separation review of a crossing; outcome, reason and decider are null while pending. */
    public record Review(long crossingId, String threshold, String firstMonth, String lastMonth, BigDecimal measured,
            String outcome, String reason, String decidedBy, java.time.Instant decidedAt) {
    }
}
