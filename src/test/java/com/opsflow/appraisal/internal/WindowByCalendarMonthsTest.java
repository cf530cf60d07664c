package com.opsflow.appraisal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Threshold;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-AP-3 read by calendar months ({@code opsflow.appraisal.window-by-date: false}, docs/rules.md): the
 * windows of three calendar months that contain a breach's month, one review for overlapping
 * windows. Checked by a threshold check of its own with that reading, on the shared test context's
 * ledger (entries inserted without the application's own check, which reads windows by date).
 */
@OpsFlowSpringBootTest
class WindowByCalendarMonthsTest {

    static final String STAFF = "ops-mgr";

    @Autowired
    JdbcLedger ledger;
    @Autowired
    JdbcMonthTotals totals;
    @Autowired
    JdbcCrossings crossings;
    @Autowired
    Months months;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    StripeLocks locks;
    @Autowired
    TransactionTemplate tx;

    @Test
    void threePointsInThreeCalendarMonthsCrossOnceAndAnOverlappingWindowStartsNoSecondReview_R_AP_3() {
        SeparationThresholds byMonths = new SeparationThresholds(ledger, totals, crossings, new ThresholdRules(
                new AppraisalProperties(new BigDecimal("100"), new BigDecimal("2"), new BigDecimal("3"), 3, "R-WO-12", 3,
                        false)), months, events, locks);
        breach(byMonths, "2054-01-31T10:00");
        breach(byMonths, "2054-02-01T10:00");
        assertThat(windowCrossings()).isEmpty();
        // January–March holds three points
        breach(byMonths, "2054-03-31T23:00");
        assertThat(windowCrossings()).singleElement().satisfies(c -> {
            assertThat(c.periodKey()).isEqualTo("2054-03");
            assertThat(c.lastMonth()).isEqualTo(YearMonth.of(2054, 3));
        });
        // February–April holds three points too: it overlaps the window already reviewed
        breach(byMonths, "2054-04-02T10:00");
        assertThat(windowCrossings()).hasSize(1);
    }

    private void breach(SeparationThresholds check, String shanghaiTime) {
        Instant at = LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        tx.executeWithoutResult(status -> {
            ledger.insertIfAbsent(new LedgerEntry(0, STAFF, EntryKind.POINTS, new BigDecimal("1.00"), null, "R-WO-4",
                    "日曆月窗口測試", null, null, null, null, at, at, "system", null, "window-months:" + UUID.randomUUID()));
            check.entryPosted(STAFF, at); // checked just before the commit, after the month totals, as a posting is
        });
    }

    private java.util.List<JdbcCrossings.Recorded> windowCrossings() {
        return crossings.around(STAFF, YearMonth.of(2053, 1), YearMonth.of(2055, 12)).stream()
                .filter(c -> c.threshold() == Threshold.WINDOW_POINTS).toList();
    }
}
