package com.opsflow.appraisal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The appraisal module's API for other modules (R-AP-1…7). It knows nothing of BPMN: processes
 * post through the generic delegate {@code com.opsflow.process.PostDeduction}. Months are
 * calendar months in the department's zone ({@code opsflow.zone}, Asia/Shanghai).
 */
public interface Appraisal {

    /**
     * Posts a breach exactly once: returns the new entry, or the entry already posted under the
     * same idempotency key (also when another node posts it concurrently). Never throws for a
     * duplicate. Invalid breaches (unknown staff, no rule, no reason, non-positive amount) are
     * refused with {@link com.opsflow.platform.BadRequestException}.
     */
    LedgerEntry post(Breach breach);

    Optional<LedgerEntry> entry(long id);

    /**
     * Entries (originals and reversals) matching every given filter; a null filter matches all.
     * An unknown staff id is refused with {@link com.opsflow.platform.BadRequestException}.
     */
    List<LedgerEntry> entries(String staff, YearMonth month, String processInstanceId);

    /**
     * Reverses an entry after an appeal (R-AP-6): a counter-entry pointing to the original, with
     * the reason and who approved it; the original is never changed. Reversing it again returns
     * the reversal already posted. Reversals themselves cannot be reversed.
     *
     * @throws com.opsflow.platform.NotFoundException   no such entry
     * @throws com.opsflow.platform.BadRequestException no reason, or the entry is a reversal
     */
    LedgerEntry reverse(long entryId, String reason, String approvedBy);

    /** The monthly statement: one line per staff member with entries or crossings in the month. */
    List<StaffStatement> statement(YearMonth month);

    /**
     * Records the ops manager's decision on the review of a crossing (R-AP-7); once: a second
     * call for the same crossing (a retried job) changes nothing.
     */
    void recordReview(long crossingId, ReviewOutcome outcome, String reason, String decidedBy);

    /** The calendar month of an instant in the department's zone. */
    YearMonth monthOf(java.time.Instant instant);
}
