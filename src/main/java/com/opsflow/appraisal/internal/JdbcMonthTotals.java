package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per staff member, month (in the department's zone), kind and rule: the signed totals of the
 * ledger ({@code appraisal_month_total}), kept in the transaction that posts an entry or a
 * reversal. The monthly statement of all staff reads a few thousand of these rows instead of
 * grouping the month's ledger rows (about 83,000 for 1,000 staff; docs/performance.md).
 *
 * <p>Signed as the ledger is read (R-AP-6): an original adds, a reversal subtracts; {@code entries}
 * counts what remains, so a staff member whose entries were all reversed has 0 and is off the
 * statement, as before.
 *
 * <p>Locks: a transaction changes its totals just before it commits, after locking the
 * {@code appraisal_lock} stripes of the staff members concerned in ascending order — the stripes
 * the separation-threshold check ({@link SeparationThresholds}) locks next, and finds held. So one
 * staff member's totals change in one transaction at a time (two transactions never both insert
 * the same new total row, InnoDB's classic duplicate-key deadlock), and no two postings wait for
 * each other in opposite orders. One connection: the posting's own.
 *
 * <p>The table is derived: when it is empty while the ledger is not (a new installation of this
 * version, or after {@code delete from appraisal_month_total} when {@code opsflow.zone} changed) it is
 * rebuilt from the ledger at start-up, one grouped range scan per month.
 */
@Repository
public class JdbcMonthTotals implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JdbcMonthTotals.class);

    private final JdbcTemplate jdbc;
    private final StripeLocks locks;
    private final Months months;
    private final TransactionTemplate transaction;

    JdbcMonthTotals(JdbcTemplate jdbc, Months months, PlatformTransactionManager transactionManager, StripeLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.months = months;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** One row: what a staff member's entries of one kind and rule add up to in a month. */
    record Total(String staff, EntryKind kind, String rule, BigDecimal points, BigDecimal amountRmb, int entries) {
    }

    private record Key(String month, String staff, String kind, String rule) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = month.compareTo(o.month);
            c = c != 0 ? c : staff.compareTo(o.staff);
            c = c != 0 ? c : kind.compareTo(o.kind);
            return c != 0 ? c : rule.compareTo(o.rule);
        }
    }

    private record Delta(BigDecimal points, BigDecimal amountRmb, int entries) {
        Delta plus(Delta o) {
            return new Delta(points.add(o.points), amountRmb.add(o.amountRmb), entries + o.entries);
        }
    }

    /** An entry (or a reversal) was inserted in the current transaction: its totals change with it. */
    void posted(LedgerEntry entry) {
        int sign = entry.reversalOf() == null ? 1 : -1;
        Key key = new Key(months.of(entry.occurredAt()).toString(), entry.staff(), entry.kind().name(), entry.rule());
        Delta delta = new Delta(signed(entry.points(), sign), signed(entry.amountRmb(), sign), sign);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            transaction.executeWithoutResult(status -> {
                lock(key.staff());
                apply(key, delta);
            });
            return;
        }
        Pending pending = TransactionPending.of(Pending.class, p -> p.owner() == this, Pending::new);
        pending.add(key, delta);
    }

    private static BigDecimal signed(BigDecimal value, int sign) {
        return value == null ? BigDecimal.ZERO : sign < 0 ? value.negate() : value;
    }

    /** The changes of one transaction, applied in key order just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Map<Key, Delta> deltas = new TreeMap<>();
        private boolean done;

        JdbcMonthTotals owner() {
            return JdbcMonthTotals.this;
        }

        void add(Key key, Delta delta) {
            if (done) {
                // posted by a synchronization that ran after ours: still before commit
                lock(key.staff());
                apply(key, delta);
            } else {
                deltas.merge(key, delta, Delta::plus);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE; // before the threshold check's stripe locks
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            done = true;
            // the stripes of every staff member first, ascending (as the threshold check, which
            // then finds them held), so that one staff member's totals change in one transaction
            // at a time: no two inserters of a new total row, no deadlock between them
            new TreeSet<>(deltas.keySet().stream().map(k -> StripeLocks.stripe(k.staff())).toList())
                    .forEach(locks::lock);
            deltas.forEach(JdbcMonthTotals.this::apply);
        }
    }

    private void lock(String staff) {
        locks.lock(StripeLocks.stripe(staff));
    }

    private void apply(Key key, Delta delta) {
        Object[] where = {key.month(), key.staff(), key.kind(), key.rule()};
        if (update(delta, where) == 0) {
            try {
                jdbc.update("insert into appraisal_month_total (month_key, staff_id, kind, rule_id, points, amount_rmb, entries)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", key.month(), key.staff(), key.kind(), key.rule(), delta.points(),
                        delta.amountRmb(), delta.entries());
            } catch (org.springframework.dao.DuplicateKeyException concurrent) {
                // another transaction inserted the row first and has committed (InnoDB made us wait)
                update(delta, where);
            }
        }
    }

    private int update(Delta delta, Object[] where) {
        return jdbc.update("update appraisal_month_total set points = points + ?, amount_rmb = amount_rmb + ?,"
                + " entries = entries + ? where month_key = ? and staff_id = ? and kind = ? and rule_id = ?",
                delta.points(), delta.amountRmb(), delta.entries(), where[0], where[1], where[2], where[3]);
    }

    /**
     * One staff member's month as the threshold check reads it (R-AP-2, R-AP-4): the points and the
     * entries under {@code conductRule}, reversals subtracted, from the few total rows of the month —
     * the current transaction's own postings included, since its totals are applied before the check
     * runs; the same figures as the month's counted ledger entries, without scanning them. Also a
     * staff member's standing.
     */
    ThresholdRules.Month month(String staff, YearMonth month, String conductRule) {
        return months(staff, month, month, conductRule).getOrDefault(month, ThresholdRules.Month.NONE);
    }

    /**
     * {@link #month(String, YearMonth, String)} for every month {@code first}…{@code last} in one read (primary-key
     * look-ups by month): the months a posting's threshold check may touch. A month without totals is absent.
     */
    Map<YearMonth, ThresholdRules.Month> months(String staff, YearMonth first, YearMonth last, String conductRule) {
        List<Object> args = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            args.add(m.toString());
        }
        String in = String.join(", ", Collections.nCopies(args.size(), "?"));
        args.add(staff);
        Map<YearMonth, BigDecimal> points = new TreeMap<>();
        Map<YearMonth, Integer> conduct = new TreeMap<>();
        jdbc.query("select month_key, kind, rule_id, points, entries from appraisal_month_total where month_key in (" + in
                + ") and staff_id = ?", rs -> {
                    YearMonth m = YearMonth.parse(rs.getString(1));
                    points.merge(m, EntryKind.POINTS.name().equals(rs.getString(2)) ? rs.getBigDecimal(4) : BigDecimal.ZERO,
                            BigDecimal::add);
                    conduct.merge(m, conductRule.equals(rs.getString(3)) ? rs.getInt(5) : 0, Integer::sum);
                }, args.toArray());
        Map<YearMonth, ThresholdRules.Month> months = new TreeMap<>();
        points.forEach((m, p) -> months.put(m, new ThresholdRules.Month(p.signum() == 0 ? BigDecimal.ZERO : p, conduct.get(m))));
        return months;
    }

    /** Every total of the month with entries left after reversals. */
    List<Total> month(YearMonth month) {
        return jdbc.query("select staff_id, kind, rule_id, points, amount_rmb, entries from appraisal_month_total"
                + " where month_key = ? and entries <> 0", (rs, i) -> new Total(rs.getString(1), EntryKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6)), month.toString());
    }

    /**
     * Counted points per staff member over whole months {@code first}…{@code last} (R-AP-3 window
     * of all staff): one index-only range scan, summed here rather than grouped by the database
     * (which would sort the rows through a temporary table).
     */
    Map<String, BigDecimal> pointsByStaff(YearMonth first, YearMonth last) {
        Map<String, BigDecimal> points = new TreeMap<>();
        Map<String, Integer> entries = new TreeMap<>();
        jdbc.query("select staff_id, points, entries from appraisal_month_total where kind = 'POINTS'"
                + " and month_key >= ? and month_key <= ?", rs -> {
                    points.merge(rs.getString(1), rs.getBigDecimal(2), BigDecimal::add);
                    entries.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                }, first.toString(), last.toString());
        Map<String, BigDecimal> counted = new TreeMap<>();
        points.forEach((staff, sum) -> {
            if (entries.get(staff) > 0) {
                counted.put(staff, sum.signum() == 0 ? BigDecimal.ZERO : sum);
            }
        });
        return counted;
    }

    /** Rebuilds the table from the ledger when it is empty while the ledger is not (see the class comment). */
    @Override
    public void afterSingletonsInstantiated() {
        if (!jdbc.queryForList("select 1 from appraisal_month_total limit 1").isEmpty()
                || jdbc.queryForList("select 1 from appraisal_entry limit 1").isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // one node rebuilds: the others wait here and then find the table filled
            locks.lock(0);
            if (jdbc.queryForList("select 1 from appraisal_month_total limit 1").isEmpty()) {
                rebuild();
            }
        });
    }

    /**
     * Replaces every total by the ledger's, month by month (one grouped range scan each). For a
     * ledger filled without posting (bulk loads, the benchmark); postings keep the table current.
     *
     * @return the number of total rows written
     */
    public int rebuild() {
        return transaction.execute(status -> {
            jdbc.update("delete from appraisal_month_total");
            Timestamp first = jdbc.queryForObject("select min(occurred_at) from appraisal_entry", Timestamp.class);
            Timestamp last = jdbc.queryForObject("select max(occurred_at) from appraisal_entry", Timestamp.class);
            if (first == null) {
                return 0;
            }
            int rows = 0;
            String signed = "case when reversal_of is null then 1 else -1 end";
            for (YearMonth m = months.of(first.toInstant()); !m.isAfter(months.of(last.toInstant())); m = m.plusMonths(1)) {
                rows += jdbc.update("insert into appraisal_month_total (month_key, staff_id, kind, rule_id, points, amount_rmb,"
                        + " entries) select ?, staff_id, kind, rule_id, coalesce(sum(" + signed + " * points), 0),"
                        + " coalesce(sum(" + signed + " * amount_rmb), 0), sum(" + signed + ") from appraisal_entry"
                        + " where occurred_at >= ? and occurred_at < ? group by staff_id, kind, rule_id", m.toString(),
                        Timestamp.from(months.start(m)), Timestamp.from(months.end(m)));
            }
            log.info("Appraisal month totals rebuilt from the ledger: {} rows", rows);
            return rows;
        });
    }
}
