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
}
