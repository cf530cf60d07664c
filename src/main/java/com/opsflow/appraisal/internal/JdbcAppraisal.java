package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.Standing;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.SeparationReviews;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.ReviewOutcome;
import com.opsflow.appraisal.Source;
import com.opsflow.appraisal.StaffStatement;
import com.opsflow.appraisal.Threshold;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger on JDBC: validation and idempotent posting, queries, reversals and review outcomes. */
@Service
class JdbcAppraisal implements Appraisal, AppraisalLedger, SeparationReviews {

    static final int MAX_KEY = 200;
    static final int MAX_REASON = 1000;

    private final JdbcLedger ledger;
    private final JdbcCrossings crossings;
    private final ThresholdRules rules;
    private final Months months;
    private final StaffDirectory directory;
    private final SeparationThresholds thresholds;
    private final TransactionTemplate transaction;
    private final JdbcMonthTotals totals;

    JdbcAppraisal(JdbcLedger ledger, JdbcCrossings crossings, ThresholdRules rules, Months months,
            StaffDirectory directory, SeparationThresholds thresholds, PlatformTransactionManager transactionManager,
            JdbcMonthTotals totals) {
        this.ledger = ledger;
        this.totals = totals;
        this.crossings = crossings;
        this.rules = rules;
        this.months = months;
        this.directory = directory;
        this.thresholds = thresholds;
        // REQUIRED: the caller's transaction (the engine's, when a process posts), or one of its
        // own on the same single connection; the threshold check runs just before it commits.
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public LedgerEntry post(Breach breach) {
        validate(breach);
        return transaction.execute(status -> insert(breach));
    }

    /**
     * The insert first: a new entry costs one statement (its id is the generated key), a repeated
     * one (a retried job, {@code onceFor}, a second node) the insert refused by the unique key and
     * a read of the entry already there (issue 19: a read before and a read-back after, each time).
     */
    private LedgerEntry insert(Breach breach) {
        Source source = breach.source();
        // Seconds and two decimals, as the columns keep them: the entry returned equals the one read later.
        LedgerEntry entry = new LedgerEntry(0, breach.staff(), breach.kind(),
                breach.kind() == EntryKind.POINTS ? breach.points().setScale(2) : null,
                breach.kind() == EntryKind.FINE ? breach.amountRmb().setScale(2) : null,
                breach.rule().trim(), breach.reason().trim(), source.processDefinitionKey(), source.processInstanceId(),
                source.businessKey(), source.activityId(), breach.occurredAt().truncatedTo(ChronoUnit.SECONDS),
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                blank(breach.postedBy()) ? "system" : breach.postedBy(), null, breach.idempotencyKey());
        OptionalLong id = ledger.insertIfAbsent(entry);
        if (id.isEmpty()) {
            return ledger.byKey(breach.idempotencyKey())
                    .orElseThrow(() -> new IllegalStateException("ledger entry " + breach.idempotencyKey() + " vanished"));
        }
        thresholds.entryPosted(entry.staff(), entry.occurredAt());
        return entry.withId(id.getAsLong());
    }

    @Override
    public Optional<LedgerEntry> entry(long id) {
        return ledger.byId(id);
    }

    @Override
    public List<LedgerEntry> entries(String staff, YearMonth month, String processInstanceId) {
        if (!blank(staff)) {
            directory.require(staff);
        }
        return ledger.find(blank(staff) ? null : staff, month == null ? null : months.start(month),
                month == null ? null : months.end(month), blank(processInstanceId) ? null : processInstanceId);
    }

    @Override
    public LedgerEntry reverse(long entryId, String reason, String approvedBy) {
        if (blank(reason)) {
            throw new BadRequestException("請填寫撤銷原因 / a reason is required for a reversal",
                    Map.of("reason", "不可為空 / must not be blank"));
        }
        if (reason.length() > MAX_REASON) {
            throw new BadRequestException("原因過長 / reason longer than " + MAX_REASON + " characters");
        }
        LedgerEntry original = ledger.byId(entryId)
                .orElseThrow(() -> new NotFoundException("查無此記錄 / no ledger entry " + entryId));
        if (original.reversalOf() != null) {
            throw new BadRequestException("撤銷記錄不可再撤銷 / a reversal cannot be reversed: " + entryId);
        }
        var existing = ledger.reversalOf(entryId);
        if (existing.isPresent()) {
            return existing.get();
        }
        // Same kind, amount, rule, source and occurrence as the original, so it sits beside it in
        // the month's list; the reason is the appeal's, postedBy the one who approved it.
        LedgerEntry reversal = new LedgerEntry(0, original.staff(), original.kind(), original.points(),
                original.amountRmb(), original.rule(), reason.trim(), original.processDefinitionKey(),
                original.processInstanceId(), original.businessKey(), original.activityId(), original.occurredAt(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), blank(approvedBy) ? "system" : approvedBy, entryId,
                "reversal:" + entryId);
        ledger.insertIfAbsent(reversal);
        return ledger.reversalOf(entryId)
                .orElseThrow(() -> new IllegalStateException("reversal of " + entryId + " vanished"));
    }

    @Override
    public List<StaffStatement> statement(YearMonth month) {
        Map<String, JdbcLedger.Sums> sums = monthSums(month);
        YearMonth windowStart = month.minusMonths(rules.windowMonths() - 1L);
        Map<String, BigDecimal> windowPoints = totals.pointsByStaff(windowStart, month);
        Map<String, List<JdbcCrossings.Crossing>> reviews = new TreeMap<>();
        crossings.endingIn(month).forEach(c -> reviews.computeIfAbsent(c.staff(), k -> new ArrayList<>()).add(c));

        Set<String> staff = new TreeSet<>(sums.keySet());
        staff.addAll(reviews.keySet());
        // Someone whose window crosses R-AP-3 is on the statement even without entries this month.
        windowPoints.forEach((who, points) -> {
            if (rules.windowCrossed(points)) {
                staff.add(who);
            }
        });

        Map<String, String> names = directory.displayNames(staff);
        List<StaffStatement> lines = new ArrayList<>();
        for (String who : staff) {
            JdbcLedger.Sums s = sums.getOrDefault(who, new JdbcLedger.Sums(who, BigDecimal.ZERO, BigDecimal.ZERO, 0));
            ThresholdRules.Totals totals = new ThresholdRules.Totals(s.points(),
                    windowPoints.getOrDefault(who, BigDecimal.ZERO), s.conductBreaches());
            BigDecimal pointFines = rules.pointFines(s.points());
            List<JdbcCrossings.Crossing> own = reviews.getOrDefault(who, List.of());
            lines.add(new StaffStatement(who, names.get(who), s.points(), pointFines, s.finesRmb(),
                    pointFines.add(s.finesRmb()), s.conductBreaches(),
                    rules.crossed(totals).stream().map(Threshold::rule).toList(), outcome(own),
                    own.stream().map(JdbcCrossings.Crossing::review).toList()));
        }
        return lines;
    }

    /**
     * The month's sums of every staff member with counted entries, from the month totals
     * ({@link JdbcMonthTotals}): the same figures as {@link JdbcLedger#sums} without grouping the
     * month's ledger rows.
     */
    private Map<String, JdbcLedger.Sums> monthSums(YearMonth month) {
        Map<String, BigDecimal[]> money = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        String conduct = rules.conductRule();
        for (JdbcMonthTotals.Total t : totals.month(month)) {
            BigDecimal[] m = money.computeIfAbsent(t.staff(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            m[0] = m[0].add(t.points());
            m[1] = m[1].add(t.amountRmb());
            int[] c = counts.computeIfAbsent(t.staff(), k -> new int[2]);
            c[0] += t.entries();
            if (t.rule().equals(conduct)) {
                c[1] += t.entries();
            }
        }
        Map<String, JdbcLedger.Sums> sums = new TreeMap<>();
        money.forEach((staff, m) -> {
            int[] c = counts.get(staff);
            if (c[0] > 0) {
                sums.put(staff, new JdbcLedger.Sums(staff, zero(m[0]), zero(m[1]), c[1]));
            }
        });
        return sums;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    /** One word for the statement: any pending review is PENDING, else any confirmed is CONFIRMED. */
    private static String outcome(List<JdbcCrossings.Crossing> own) {
        if (own.isEmpty()) {
            return null;
        }
        if (own.stream().anyMatch(c -> c.review().outcome() == null)) {
            return "PENDING";
        }
        return own.stream().anyMatch(c -> ReviewOutcome.CONFIRMED.name().equals(c.review().outcome()))
                ? ReviewOutcome.CONFIRMED.name() : ReviewOutcome.OVERRULED.name();
    }

    @Override
    public void recordReview(long crossingId, ReviewOutcome outcome, String reason, String decidedBy) {
        if (outcome == null) {
            throw new BadRequestException("請選擇確認或駁回 / outcome is required");
        }
        if (blank(reason)) {
            throw new BadRequestException("請填寫審核理由 / a reason is required for the review");
        }
        crossings.byId(crossingId).orElseThrow(() -> new NotFoundException("查無此門檻記錄 / no crossing " + crossingId));
        crossings.decide(crossingId, outcome, reason.trim(), blank(decidedBy) ? "system" : decidedBy,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public YearMonth monthOf(Instant instant) {
        return months.of(instant);
    }

    private void validate(Breach b) {
        if (blank(b.staff())) {
            throw new BadRequestException("未指定人員 / staff is required");
        }
        if (!directory.exists(b.staff())) {
            // one identity query: a posting needs the staff member to exist, not their groups and station
            throw new BadRequestException("查無此人員 / unknown staff: " + b.staff());
        }
        if (blank(b.rule())) {
            throw new BadRequestException("未指定規則 / rule is required");
        }
        if (blank(b.reason())) {
            throw new BadRequestException("未填寫原因 / reason is required");
        }
        if (b.reason().length() > MAX_REASON) {
            throw new BadRequestException("原因過長 / reason longer than " + MAX_REASON + " characters");
        }
        if (b.occurredAt() == null) {
            throw new BadRequestException("未指定違規時間 / occurredAt is required");
        }
        if (blank(b.idempotencyKey()) || b.idempotencyKey().length() > MAX_KEY) {
            throw new BadRequestException("冪等鍵無效 / idempotencyKey is required, at most " + MAX_KEY + " characters");
        }
        BigDecimal amount = b.kind() == EntryKind.POINTS ? b.points() : b.amountRmb();
        if (amount == null || amount.signum() <= 0) {
            throw new BadRequestException(b.kind() == EntryKind.POINTS
                    ? "扣分必須大於零 / points must be positive"
                    : "罰款金額必須大於零 / amountRmb must be positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BadRequestException("最多兩位小數 / at most two decimal places: " + amount.toPlainString());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Standing standing(String staff, YearMonth month) {
        directory.require(staff);
        AppraisalProperties limits = rules.limits();
        ThresholdRules.Month own = totals.month(staff, month, rules.conductRule());
        BigDecimal monthPoints = own.points();
        YearMonth windowStart = month.minusMonths(rules.windowMonths() - 1L);
        BigDecimal windowPoints = ledger.points(staff, months.start(windowStart), months.end(month));
        int conduct = own.conductBreaches();
        JdbcLedger.Sums sums = monthSums(month).get(staff);
        BigDecimal fines = sums == null ? BigDecimal.ZERO : sums.finesRmb();
        return new Standing(staff, month.toString(), monthPoints, limits.monthlyPointsThreshold(),
                left(limits.monthlyPointsThreshold(), monthPoints), windowStart.toString(), rules.windowMonths(),
                windowPoints, limits.windowPointsThreshold(), left(limits.windowPointsThreshold(), windowPoints),
                conduct, limits.maxConductBreaches(), Math.max(0, limits.maxConductBreaches() - conduct),
                rules.pointFines(monthPoints), fines);
    }

    private static BigDecimal left(BigDecimal limit, BigDecimal used) {
        return limit.subtract(used).max(BigDecimal.ZERO);
    }
}
