package com.opsflow.appraisal.internal;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current transaction's one piece of pending work of a kind for one owner (month totals to
 * apply, threshold checks to run before commit): found when already registered, else created and
 * registered. Call it only while synchronization is active.
 */
final class TransactionPending {

    private TransactionPending() {
    }

    static <T extends TransactionSynchronization> T of(Class<T> kind, Predicate<? super T> mine, Supplier<T> create) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (kind.isInstance(s) && mine.test(kind.cast(s))) {
                return kind.cast(s);
            }
        }
        T pending = create.get();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }
}
