package com.opsflow.appraisal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Reading the ledger, reversing entries and the monthly statement (R-AP-1…6). Kept apart from
 * {@link Appraisal}, whose single method processes (and their test doubles) implement. Months are
 * calendar months in the department's zone ({@code opsflow.zone}, Asia/Shanghai).
 */
public interface AppraisalLedger {

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

    /** A staff member's standing before each threshold in a month (R-AP-2…4), e.g. for their own page. */
    Standing standing(String staff, YearMonth month);

    /** The calendar month of an instant in the department's zone. */
    YearMonth monthOf(Instant instant);
}
