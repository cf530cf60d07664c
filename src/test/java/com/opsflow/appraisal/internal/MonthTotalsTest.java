package com.opsflow.appraisal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.Source;
import com.opsflow.appraisal.StaffStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month totals ({@code appraisal_month_total}) that the statement of all staff reads: they must
 * give the figures of the ledger itself (signed sums of {@link JdbcLedger}) after postings,
 * reversals (R-AP-6) and rolled-back postings, and a rebuild from the ledger must give the same rows.
 */
@OpsFlowSpringBootTest
class MonthTotalsTest {

    // Months of their own: the shared test database holds other tests' entries elsewhere.
    static final YearMonth MONTH = YearMonth.of(2041, 3);
    static final Instant IN_MONTH = Instant.parse("2041-03-10T02:00:00Z");

    @Autowired
    Appraisal appraisal;
    @Autowired
    AppraisalLedger ledger;
    @Autowired
    JdbcLedger jdbcLedger;
    @Autowired
    JdbcMonthTotals totals;
    @Autowired
    Months months;
    @Autowired
    ThresholdRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void statementFromMonthTotalsEqualsTheLedgerAfterPostingsAndReversals_R_AP_6() {
        appraisal.post(points("eng-west-2", "0.5", "R-WO-4"));
        appraisal.post(points("eng-west-2", "1", "R-WO-10"));
        LedgerEntry fine = appraisal.post(fine("eng-west-2", "200", "R-WO-3"));
        appraisal.post(fine("eng-west-2", "50", "R-WO-12"));
        appraisal.post(fine("eng-west-2", "50", "R-WO-12"));
        LedgerEntry reversed = appraisal.post(points("eng-west-3", "0.5", "R-WO-4"));
        ledger.reverse(reversed.id(), "申訴成立", "ops-mgr");
        ledger.reverse(fine.id(), "申訴成立", "ops-mgr");

        StaffStatement line = lineOf("eng-west-2");
        assertThat(line.points()).isEqualByComparingTo("1.5");
        assertThat(line.finesRmb()).isEqualByComparingTo("100");
        assertThat(line.conductBreaches()).isEqualTo(2);
        // eng-west-3's only entry was reversed: off the statement, as the ledger reads it
        assertThat(ledger.statement(MONTH)).extracting(StaffStatement::staff).doesNotContain("eng-west-3");

        for (JdbcLedger.Sums expected : jdbcLedger.sums(months.start(MONTH), months.end(MONTH), rules.conductRule())) {
            StaffStatement actual = lineOf(expected.staff());
            assertThat(actual.points()).isEqualByComparingTo(expected.points());
            assertThat(actual.finesRmb()).isEqualByComparingTo(expected.finesRmb());
            assertThat(actual.conductBreaches()).isEqualTo(expected.conductBreaches());
        }
        YearMonth windowStart = MONTH.minusMonths(rules.windowMonths() - 1L);
        Map<String, BigDecimal> window = totals.pointsByStaff(windowStart, MONTH);
        jdbcLedger.pointsByStaff(months.start(windowStart), months.end(MONTH))
                .forEach((staff, points) -> assertThat(window.get(staff)).as(staff).isEqualByComparingTo(points));
        assertThat(window.keySet()).isEqualTo(jdbcLedger.pointsByStaff(months.start(windowStart), months.end(MONTH)).keySet());
    }

    @Test
    void aPostingRolledBackLeavesTheMonthTotalsAsTheyWere_R_AP_6() {
        List<Map<String, Object>> before = rows();
        tx.executeWithoutResult(status -> {
            appraisal.post(Breach.points("eng-west-1", new BigDecimal("0.5"), "R-WO-4", "壓測回滾",
                    new Source("repair", "pi-" + UUID.randomUUID(), "WO-2041-R", "UserTask_ArriveOnSite"),
                    Instant.parse("2041-05-10T02:00:00Z"), "cs-1", "rollback:" + UUID.randomUUID()));
            status.setRollbackOnly();
        });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void rebuildingFromTheLedgerGivesTheTotalsThePostingsKept_R_AP_6() {
        appraisal.post(Breach.points("eng-east-2", new BigDecimal("0.5"), "R-WO-4", "重建",
                new Source("repair", "pi-" + UUID.randomUUID(), "WO-2041-B", "UserTask_ArriveOnSite"),
                Instant.parse("2041-07-31T17:00:00Z"), "cs-1", "rebuild:" + UUID.randomUUID())); // 1 Aug in Shanghai
        List<Map<String, Object>> kept = rows();
        assertThat(kept).anySatisfy(row -> assertThat(row).containsEntry("MONTH", "2041-08"));
        totals.rebuild();
        assertThat(rows()).isEqualTo(kept);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("select month_key as \"MONTH\", staff_id as \"STAFF\", kind as \"KIND\", rule_id as \"RULE\","
                + " points + 0 as \"POINTS\", amount_rmb + 0 as \"AMOUNT\", entries as \"ENTRIES\" from appraisal_month_total"
                + " where entries <> 0 or points <> 0 or amount_rmb <> 0 order by month_key, staff_id, kind, rule_id");
    }

    private StaffStatement lineOf(String staff) {
        return ledger.statement(MONTH).stream().filter(l -> l.staff().equals(staff)).findFirst().orElseThrow();
    }

    private static Breach points(String staff, String points, String rule) {
        return Breach.points(staff, new BigDecimal(points), rule, "月度合計", source(), IN_MONTH, "cs-1", "totals:" + UUID.randomUUID());
    }

    private static Breach fine(String staff, String rmb, String rule) {
        return Breach.fine(staff, new BigDecimal(rmb), rule, "月度合計", source(), IN_MONTH, "cs-1", "totals:" + UUID.randomUUID());
    }

    private static Source source() {
        return new Source("repair", "pi-" + UUID.randomUUID(), "WO-2041-T", "UserTask_ArriveOnSite");
    }
}
