package com.opsflow.appraisal.internal;

import java.time.Instant;

/**
 * A new ledger entry was inserted (not a duplicate). Internal to the module: the thresholds are
 * evaluated after the posting commits, so that concurrent postings for one staff member, each in
 * its own transaction, never both miss a crossing their sum reaches.
 */
record EntryPosted(long entryId, String staff, Instant occurredAt) {
}
