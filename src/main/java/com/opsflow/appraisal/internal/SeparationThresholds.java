package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.SeparationThresholdCrossed;
import com.opsflow.appraisal.Threshold;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks the separation thresholds (R-AP-2…4) of every staff member a transaction posted for, just
 * before that transaction commits, and records each crossing once per staff member, threshold and
 * period; a new crossing is announced with {@link SeparationThresholdCrossed} inside the same
 * transaction (R-AP-7), so entry, crossing and review commit together or not at all.
 *
 * <p>One connection: the check runs in the posting's own transaction (the engine's, when a process
 * posts), never in a second one. A thread that held its connection while asking the pool for
 * another could wait forever once every connection is held that way.
 *
 * <p>Concurrency: two breaches of one staff member posted at once by two processes each see only
 * their own uncommitted entry and could both stay below the limit their sum reaches. So before
 * checking, the transaction locks the staff member's row in {@code appraisal_lock} (one of
 * {@link StripeLocks#STRIPES} stripes, by a hash of the id) until it commits: the later of the two checks
 * waits for the earlier transaction to commit and then sees both entries (READ COMMITTED). Stripes
 * are locked in ascending order, so transactions that post for several people never deadlock each
 * other; the unique crossing keeps one review if two checks both see a crossing.
 *
 * <p>The periods evaluated are the breach's calendar month (R-AP-2, R-AP-4) and the windows of
 * {@code opsflow.appraisal.window-months} calendar months containing it (R-AP-3), see docs/appraisal.md.
 */
@Component
class SeparationThresholds {

    private static final Logger log = LoggerFactory.getLogger(SeparationThresholds.class);

    private final JdbcLedger ledger;
    private final JdbcMonthTotals totals;
    private final JdbcCrossings crossings;
    private final ThresholdRules rules;
    private final Months months;
    private final ApplicationEventPublisher events;
    private final StripeLocks locks;

    SeparationThresholds(JdbcLedger ledger, JdbcMonthTotals totals, JdbcCrossings crossings, ThresholdRules rules,
            Months months, ApplicationEventPublisher events, StripeLocks locks) {
        this.ledger = ledger;
        this.totals = totals;
        this.crossings = crossings;
        this.rules = rules;
        this.months = months;
        this.events = events;
        this.locks = locks;
    }

    /**
     * A new entry for the staff member in the month was inserted in the current transaction: its
     * thresholds are checked just before that transaction commits.
     *
     * @throws IllegalStateException outside a transaction
     */
    void entryPosted(String staff, Instant occurredAt) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a ledger entry is posted inside a transaction");
        }
        Pending pending = TransactionPending.of(Pending.class, p -> p.owner() == this, Pending::new);
        pending.add(new Check(StripeLocks.stripe(staff), staff, occurredAt));
    }

    private record Check(int stripe, String staff, Instant occurredAt) {
        static final Comparator<Check> ORDER = Comparator.comparingInt(Check::stripe).thenComparing(Check::staff)
                .thenComparing(Check::occurredAt);
    }

    /** The checks of one transaction, run in stripe order when it is about to commit. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Check> checks = new TreeSet<>(Check.ORDER);
        private boolean done;

        SeparationThresholds owner() {
            return SeparationThresholds.this;
        }

        void add(Check check) {
            if (done) {
                // posted by another synchronization after ours ran: check at once, still before commit
                run(check);
            } else {
                checks.add(check);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            done = true;
            checks.forEach(this::run);
        }

        private void run(Check check) {
            // usually held already: the month totals lock their stripes first, in this transaction
            locks.lock(check.stripe());
            evaluate(check.staff(), check.occurredAt());
        }
    }

    void evaluate(String staff, Instant occurredAt) {
        YearMonth month = months.of(occurredAt);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int n = rules.windowMonths();
        // every crossing the checks below could find, in one read (they look it up in memory)
        List<JdbcCrossings.Recorded> recorded = crossings.around(staff, month.minusMonths(n), month.plusMonths(2L * n));
        // the breach's month and every month a window checked below can reach into, in one read
        Map<YearMonth, ThresholdRules.Month> totalled = totals.months(staff, month.minusMonths(n), month.plusMonths(n),
                rules.conductRule());
        ThresholdRules.Month counted = totalled.getOrDefault(month, ThresholdRules.Month.NONE);
        for (Threshold threshold : rules.crossed(counted)) {
            if (!has(recorded, threshold, month.toString(), month.toString())) {
                record(staff, threshold, month, month, rules.measured(threshold, counted), now);
            }
        }
        // Points are positive and a reversal sits in its original's month, so no window inside these months
        // holds more points than all of them together: below R-AP-3's threshold, no window can cross it and
        // the ledger is not read (most staff, most postings).
        BigDecimal bound = totalled.values().stream().map(ThresholdRules.Month::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!rules.windowCrossed(bound)) {
            return;
        }
        if (rules.windowByDate()) {
            evaluateDateWindows(staff, occurredAt, now, recorded);
        } else {
            evaluateWindows(staff, month, now, recorded);
        }
    }

    /** Whether a crossing of the threshold with a period key in {@code from}…{@code to} is recorded. */
    private static boolean has(List<JdbcCrossings.Recorded> recorded, Threshold threshold, String from, String to) {
        return recorded.stream().anyMatch(r -> r.threshold() == threshold && r.periodKey().compareTo(from) >= 0
                && r.periodKey().compareTo(to) <= 0);
    }

    /**
     * R-AP-3 read by date (the default): a breach counts the points of the window months before its
     * own date — a breach on 10 March counts the points from 11 December to 10 March, days in the
     * department's zone. The window of the breach itself is checked, then the window of every later
     * entry within the window's length (a breach posted late counts in the windows after it), the
     * earliest first. One review covers overlapping windows: a window ending within the window's
     * length of a crossing already recorded starts no second review for the same points — so a
     * crossing recorded between the breach's day and the window's length after it covers every
     * window this breach can end, and nothing is summed.
     */
    private void evaluateDateWindows(String staff, Instant occurredAt, Instant now, List<JdbcCrossings.Recorded> recorded) {
        int n = rules.windowMonths();
        java.time.ZoneId zone = months.zone();
        java.time.LocalDate breachDay = occurredAt.atZone(zone).toLocalDate();
        if (has(recorded, Threshold.WINDOW_POINTS, breachDay.toString(), breachDay.plusMonths(n).toString())) {
            return;
        }
        java.util.TreeSet<java.time.LocalDate> ends = new java.util.TreeSet<>();
        ends.add(breachDay);
        ledger.pointDays(staff, occurredAt, breachDay.plusMonths(n).plusDays(1).atStartOfDay(zone).toInstant(), zone)
                .forEach(ends::add);
        for (java.time.LocalDate end : ends) {
            java.time.LocalDate start = end.minusMonths(n).plusDays(1);
            BigDecimal points = ledger.points(staff, start.atStartOfDay(zone).toInstant(),
                    end.plusDays(1).atStartOfDay(zone).toInstant());
            if (!rules.windowCrossed(points)) {
                continue;
            }
            if (has(recorded, Threshold.WINDOW_POINTS, end.minusMonths(n).toString(), end.plusMonths(n).toString())) {
                continue;
            }
            crossings.insertIfAbsent(staff, Threshold.WINDOW_POINTS, end.toString(), YearMonth.from(start),
                    YearMonth.from(end), points, now).ifPresent(c -> announce(staff, Threshold.WINDOW_POINTS,
                            YearMonth.from(start), YearMonth.from(end), c));
            return;
        }
    }

    /**
     * R-AP-3: every window of n calendar months that contains the breach's month is checked, the
     * earliest-ending first, so that a breach posted late still counts in the windows after it.
     * One review covers a run of overlapping windows: a window that overlaps one already crossed
     * starts no second review for the same points (docs/appraisal.md).
     */
    private void evaluateWindows(String staff, YearMonth month, Instant now, List<JdbcCrossings.Recorded> recorded) {
        int n = rules.windowMonths();
        for (int shift = 0; shift < n; shift++) {
            YearMonth last = month.plusMonths(shift);
            YearMonth first = last.minusMonths(n - 1L);
            YearMonth overlapEnd = last.plusMonths(n - 1L);
            // a crossing whose window overlaps this one (its last month within n - 1 months of ours)
            if (recorded.stream().anyMatch(r -> r.threshold() == Threshold.WINDOW_POINTS
                    && !r.lastMonth().isBefore(first) && !r.lastMonth().isAfter(overlapEnd))) {
                continue;
            }
            BigDecimal points = ledger.points(staff, months.start(first), months.end(last));
            if (!rules.windowCrossed(points)) {
                continue;
            }
            record(staff, Threshold.WINDOW_POINTS, first, last, points, now);
            return;
        }
    }

    private void record(String staff, Threshold threshold, YearMonth first, YearMonth last, BigDecimal measured,
            Instant now) {
        crossings.insertIfAbsent(staff, threshold, first, last, measured, now)
                .ifPresent(c -> announce(staff, threshold, first, last, c));
    }

    private void announce(String staff, Threshold threshold, YearMonth first, YearMonth last, JdbcCrossings.Crossing c) {
        log.info("{} crossed {} ({}) for {}..{}: {}", staff, threshold.rule(), threshold.label(), first, last, c.measured());
        events.publishEvent(new SeparationThresholdCrossed(c.id(), staff, threshold, first, last, c.measured()));
    }
}
