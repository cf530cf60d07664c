package com.opsflow.appraisal;

/**
 * The appraisal module's API for other modules (R-AP-1…7). It knows nothing of BPMN: processes
 * post through the generic delegate {@link com.opsflow.appraisal.process.PostDeduction}
 * ({@code ${postDeduction}}).
 */
public interface Appraisal {

    /**
     * Posts a breach exactly once: returns the new entry, or the entry already posted under the
     * same idempotency key (also when another node posts it concurrently). Never throws for a
     * duplicate. Invalid breaches (unknown staff, no rule, no reason, non-positive amount) are
     * refused with {@link com.opsflow.platform.BadRequestException}.
     */
    LedgerEntry post(Breach breach);
}
