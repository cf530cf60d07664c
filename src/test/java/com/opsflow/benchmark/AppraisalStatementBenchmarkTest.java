package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.internal.JdbcMonthTotals;
import com.opsflow.appraisal.StaffStatement;
import com.opsflow.identity.StaffDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Measured (never asserted): the monthly appraisal statement
 * ({@link AppraisalLedger#statement(YearMonth)}) for 1,000 staff over 1,000,000 ledger entries, warm.
 * The ledger is seeded in bulk (multi-row inserts, not through the engine): 1,000,000 entries over
 * the twelve months of 2035 (about 83,000 a month), 70 % points and 30 % fines, one in a hundred
 * reversed (10,000 reversal rows). A database that already holds the seed (a rerun on MariaDB)
 * keeps it. On MariaDB the report also shows the query plans (EXPLAIN) of the statement's two
 * ledger queries, written as {@code JdbcLedger.sums} and {@code pointsByStaff} send them.
 */
@OpsFlowSpringBootTest
@Tag("benchmark")
@TestPropertySource(properties = "camunda.bpm.process-engine-name=statement")
class AppraisalStatementBenchmarkTest {

    private static final int ENTRIES = Integer.getInteger("benchmark.entries", 1_000_000);
    private static final int STAFF = 1000;
    private static final int ROWS_PER_INSERT = 500;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2035, 6);
    private static final String STAFF_PREFIX = "bst-";

    @Autowired
    AppraisalLedger appraisal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcMonthTotals totals;
    @Autowired
    StaffDirectory directory;

    @Test
    void statementOfAMonthForAThousandStaffOverAMillionEntries() throws IOException {
        List<String> lines = new ArrayList<>();
        long seedStart = System.nanoTime();
        int seeded = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        // a bulk load bypasses the postings that keep the month totals: rebuild them, as after a migration
        long rebuildStart = System.nanoTime();
        int totalRows = seeded > 0 ? totals.rebuild() : jdbc.queryForObject("select count(*) from appraisal_month_total", Integer.class);
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        Instant from = MONTH.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        Integer inMonth = jdbc.queryForObject("select count(*) from appraisal_entry where occurred_at >= ? and occurred_at < ?",
                Integer.class, Timestamp.from(from), Timestamp.from(to));
        Integer total = jdbc.queryForObject("select count(*) from appraisal_entry", Integer.class);

        List<StaffStatement> statement = List.of();
        for (int i = 0; i < 5; i++) { // warm-up: JIT, statement caches, buffer pool
            statement = appraisal.statement(MONTH);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            statement = appraisal.statement(MONTH);
            micros.add((System.nanoTime() - start) / 1000);
        }
        micros.sort(null);
        // the parts: the display names of the statement's staff, and the two totals queries alone
        List<String> staffIds = statement.stream().map(StaffStatement::staff).toList();
        List<Long> names = timed(() -> directory.displayNames(staffIds));
        List<Long> queries = timed(() -> {
            jdbc.queryForList(MONTH_TOTALS, MONTH.toString());
            jdbc.queryForList(WINDOW_TOTALS, MONTH.minusMonths(2).toString(), MONTH.toString());
        });

        lines.add("## Appraisal statement of " + MONTH + ": " + STAFF + " staff, " + total + " ledger rows");
        lines.add("");
        lines.add("| figure | value |");
        lines.add("|---|---|");
        lines.add("| ledger rows (entries + reversals) | " + total + (seeded > 0
                ? String.format(" (seeded %d in %.0f s)", seeded, seedSeconds) : " (seed kept from an earlier run)") + " |");
        lines.add("| rows in the month | " + inMonth + " |");
        lines.add("| month-total rows (all months) | " + totalRows + (seeded > 0
                ? String.format(" (rebuilt from the ledger in %.1f s)", rebuildSeconds) : "") + " |");
        lines.add("| staff on the statement | " + statement.size() + " |");
        lines.add("| statement, warm: min / median / max of 20 (goal < 100 ms) | " + ms(micros.get(0)) + " / "
                + ms(micros.get(micros.size() / 2)) + " / " + ms(micros.get(micros.size() - 1)) + " |");
        lines.add("| of which: display names of the staff, median of 20 | " + ms(names.get(names.size() / 2)) + " |");
        lines.add("| of which: the two month-total queries, median of 20 | " + ms(queries.get(queries.size() / 2)) + " |");
        if ("mysql".equals(System.getProperty("opsflow.test.db"))) {
            lines.add("");
            lines.add("EXPLAIN (MariaDB) of the month's sums and of the R-AP-3 window:");
            lines.add("");
            explain(lines, MONTH_TOTALS, MONTH.toString());
            explain(lines, WINDOW_TOTALS, MONTH.minusMonths(2).toString(), MONTH.toString());
        }
        write(lines);
        assertThat(statement).isNotEmpty();
    }

    /** As {@code JdbcMonthTotals.month} and {@code .pointsByStaff} send them (for EXPLAIN only). */
    static final String MONTH_TOTALS = "select staff_id, kind, rule_id, points, amount_rmb, entries from appraisal_month_total"
            + " where month_key = ? and entries <> 0";
    static final String WINDOW_TOTALS = "select staff_id, points, entries from appraisal_month_total"
            + " where kind = 'POINTS' and month_key >= ? and month_key <= ?";

    private void explain(List<String> lines, String sql, Object... args) {
        List<Map<String, Object>> plan = jdbc.queryForList("explain " + sql, args);
        if (plan.isEmpty()) {
            return;
        }
        lines.add("| " + String.join(" | ", plan.get(0).keySet()) + " |");
        lines.add("|" + "---|".repeat(plan.get(0).size()));
        plan.forEach(row -> lines.add("| " + String.join(" | ", row.values().stream().map(String::valueOf).toList()) + " |"));
        lines.add("");
    }

    /** @return rows inserted, 0 when the seed is already there */
    private int seed() {
        Integer present = jdbc.queryForObject("select count(*) from appraisal_entry where staff_id like 'bst-%'", Integer.class);
        if (present != null && present >= ENTRIES) {
            return 0;
        }
        jdbc.update("delete from appraisal_entry where staff_id like 'bst-%' and reversal_of is not null");
        jdbc.update("delete from appraisal_entry where staff_id like 'bst-%'");
        Instant yearStart = LocalDate.of(2035, 1, 1).atStartOfDay(ZONE).toInstant();
        long spanSeconds = 365L * 86400;
        Timestamp posted = Timestamp.from(Instant.parse("2036-01-01T00:00:00Z"));
        StringBuilder sql = new StringBuilder("insert into appraisal_entry (staff_id, kind, points, amount_rmb, rule_id,"
                + " reason, occurred_at, posted_at, posted_by, idempotency_key) values ");
        for (int r = 0; r < ROWS_PER_INSERT; r++) {
            sql.append(r == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        String insert = sql.toString();
        for (int start = 0; start < ENTRIES; start += ROWS_PER_INSERT) {
            Object[] args = new Object[ROWS_PER_INSERT * 10];
            for (int r = 0; r < ROWS_PER_INSERT; r++) {
                int i = start + r;
                boolean points = i % 10 < 7;
                String rule = switch (i % 7) {
                    case 0 -> "R-WO-12";
                    case 1 -> "R-WO-3";
                    default -> "R-WO-4";
                };
                int a = r * 10;
                args[a] = STAFF_PREFIX + String.format("%04d", i % STAFF);
                args[a + 1] = points ? "POINTS" : "FINE";
                args[a + 2] = points ? new java.math.BigDecimal(i % 3 == 0 ? "1.00" : "0.50") : null;
                args[a + 3] = points ? null : new java.math.BigDecimal(i % 2 == 0 ? "50.00" : "200.00");
                args[a + 4] = rule;
                args[a + 5] = "壓測";
                args[a + 6] = Timestamp.from(yearStart.plusSeconds((long) i * spanSeconds / ENTRIES));
                args[a + 7] = posted;
                args[a + 8] = "benchmark";
                args[a + 9] = "bst:" + i;
            }
            jdbc.update(insert, args);
        }
        // one in a hundred reversed (R-AP-6): same staff, kind, amount, rule and occurrence
        int reversals = jdbc.update("insert into appraisal_entry (staff_id, kind, points, amount_rmb, rule_id, reason,"
                + " occurred_at, posted_at, posted_by, reversal_of, idempotency_key) select staff_id, kind, points,"
                + " amount_rmb, rule_id, '申訴成立', occurred_at, posted_at, 'benchmark', id, concat('reversal:', id)"
                + " from appraisal_entry where staff_id like 'bst-%' and mod(id, 100) = 0");
        return ENTRIES + reversals;
    }

    private static List<Long> timed(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            work.run();
            micros.add((System.nanoTime() - start) / 1000);
        }
        micros.sort(null);
        return micros;
    }

    private static String ms(long micros) {
        return String.format("%.1f ms", micros / 1000.0);
    }

    private static void write(List<String> lines) throws IOException {
        String db = System.getProperty("opsflow.test.db", "h2");
        Path out = Path.of("target", "benchmark", "statement-" + db + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(line -> System.err.println("[benchmark] " + line));
    }
}
