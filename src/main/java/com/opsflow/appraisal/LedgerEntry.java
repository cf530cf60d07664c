package com.opsflow.appraisal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One posted ledger entry; never updated or deleted (R-AP-6). A reversal is an entry of its own
 * whose {@code reversalOf} names the original and whose {@code postedBy} approved it.
 */
public record LedgerEntry(long id, String staff, EntryKind kind, BigDecimal points, BigDecimal amountRmb, String rule,
        String reason, String processDefinitionKey, String processInstanceId, String businessKey, String activityId,
        Instant occurredAt, Instant postedAt, String postedBy, Long reversalOf, String idempotencyKey) {

    /** The same entry under the id the ledger gave it. */
    public LedgerEntry withId(long newId) {
        return new LedgerEntry(newId, staff, kind, points, amountRmb, rule, reason, processDefinitionKey, processInstanceId,
                businessKey, activityId, occurredAt, postedAt, postedBy, reversalOf, idempotencyKey);
    }
}
