package com.opsflow.appraisal.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of {@code appraisal_lock} (db/changelog/appraisal) that serialise one staff member's
 * postings: a staff member's stripe, by a hash of the id, is locked ({@code select … for update})
 * until the transaction ends. A transaction sends that statement once per stripe however many of its
 * steps need the stripe: the month totals lock theirs first, ascending, just before the commit, and
 * the threshold check that runs next finds them held (issue 19: one statement per posting fewer).
 */
@Component
class StripeLocks {

    /** Rows of {@code appraisal_lock}. */
    static final int STRIPES = 64;

    private final JdbcTemplate jdbc;

    StripeLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static int stripe(String staff) {
        return Math.floorMod(staff.hashCode(), STRIPES);
    }

    /** Locks the stripe until the current transaction ends, unless this transaction holds it already. */
    void lock(int stripe) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionPending.of(Held.class, held -> held.owner() == this, Held::new).stripes.add(stripe)) {
            return;
        }
        jdbc.queryForList("select stripe from appraisal_lock where stripe = ? for update", Integer.class, stripe);
    }

    /** The stripes the current transaction has locked (released with it: nothing to do at its end). */
    private final class Held implements TransactionSynchronization {

        private final Set<Integer> stripes = new HashSet<>();

        StripeLocks owner() {
            return StripeLocks.this;
        }
    }
}
