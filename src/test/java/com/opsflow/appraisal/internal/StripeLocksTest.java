package com.opsflow.appraisal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A transaction locks each {@code appraisal_lock} stripe once, however many steps ask (R-AP-2…4's checks). */
class StripeLocksTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final StripeLocks locks = new StripeLocks(jdbc);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theMonthTotalsAndTheThresholdCheckOfOneTransactionLockAStripeOnce() {
        TransactionSynchronizationManager.initSynchronization();
        locks.lock(5); // the month totals, just before the commit
        locks.lock(7);
        locks.lock(5); // the threshold check that runs next
        verify(jdbc, times(1)).queryForList(anyString(), eq(Integer.class), eq(5));
        verify(jdbc, times(1)).queryForList(anyString(), eq(Integer.class), eq(7));

        // the next transaction holds nothing yet: it locks again
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        locks.lock(5);
        verify(jdbc, times(2)).queryForList(anyString(), eq(Integer.class), eq(5));
    }

    @Test
    void withoutATransactionEveryCallLocks() {
        locks.lock(3);
        locks.lock(3);
        verify(jdbc, times(2)).queryForList(anyString(), eq(Integer.class), eq(3));
    }

    @Test
    void everyStaffIdFallsOnARowOfTheLockTable() {
        // ids whose hash is negative too: the table has rows 0 to 63 only
        assertThat(IntStream.range(0, 1000).map(i -> StripeLocks.stripe("staff-" + i)))
                .allMatch(s -> s >= 0 && s < StripeLocks.STRIPES);
        assertThat(IntStream.range(0, 1000).mapToObj(i -> "staff-" + i).filter(id -> id.hashCode() < 0)).isNotEmpty();
    }
}
