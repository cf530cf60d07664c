package com.opsflow.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A breach to post to the ledger: a deduction of points or a fine in RMB for one staff member,
 * under one rule. The idempotency key identifies the breach itself: posting the same key twice
 * (a retried job, a second cluster node) yields the one entry already posted.
 *
 * @param staff          Camunda user id of the staff member
 * @param points         points deducted (kind POINTS), e.g. 0.5; null for a fine
 * @param amountRmb      fine in RMB (kind FINE), e.g. 200; null for points
 * @param rule           rule id, e.g. {@code R-WO-3}
 * @param reason         reason in Chinese, shown on the statement
 * @param occurredAt     when the breach happened (decides the appraisal month)
 * @param postedBy       user id (or {@code system}) that posts it
 * @param idempotencyKey unique per breach, at most 200 characters
 */
public record Breach(String staff, EntryKind kind, BigDecimal points, BigDecimal amountRmb, String rule, String reason,
        Source source, Instant occurredAt, String postedBy, String idempotencyKey) {

    public Breach {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    public static Breach points(String staff, BigDecimal points, String rule, String reason, Source source,
            Instant occurredAt, String postedBy, String idempotencyKey) {
        return new Breach(staff, EntryKind.POINTS, points, null, rule, reason, source, occurredAt, postedBy, idempotencyKey);
    }

    public static Breach fine(String staff, BigDecimal amountRmb, String rule, String reason, Source source,
            Instant occurredAt, String postedBy, String idempotencyKey) {
        return new Breach(staff, EntryKind.FINE, null, amountRmb, rule, reason, source, occurredAt, postedBy, idempotencyKey);
    }
}
