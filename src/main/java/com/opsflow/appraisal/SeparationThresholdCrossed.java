package com.opsflow.appraisal;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Published once per staff member, threshold and period when a posting makes the staff member
 * cross a separation threshold (R-AP-2…4). It is published inside the transaction that posted the
 * entry and records the crossing, just before it commits: a synchronous listener (a plain
 * {@code @EventListener}) that starts the review (R-AP-7) makes both atomic. A
 * {@code @TransactionalEventListener(BEFORE_COMMIT)} would register too late and never run.
 *
 * @param crossingId  identifies the crossing when the review outcome is recorded
 * @param firstMonth  first calendar month counted (equals lastMonth except for R-AP-3's window)
 * @param lastMonth   last calendar month counted: the statement month that shows the review
 * @param measured    the points, or the number of conduct breaches, that crossed the limit
 */
public record SeparationThresholdCrossed(long crossingId, String staff, Threshold threshold, YearMonth firstMonth,
        YearMonth lastMonth, BigDecimal measured) {

    /** Stable business key of the review: one per staff, threshold and period. */
    public String businessKey() {
        return staff + ":" + threshold.rule() + ":" + lastMonth;
    }
}
