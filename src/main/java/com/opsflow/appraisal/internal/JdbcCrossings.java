package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.ReviewOutcome;
import com.opsflow.appraisal.StaffStatement.Review;
import com.opsflow.appraisal.Threshold;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** SQL of {@code appraisal_crossing}: one row per staff, threshold and period (R-AP-7). */
@Repository
class JdbcCrossings {

    record Crossing(long id, String staff, Threshold threshold, YearMonth firstMonth, YearMonth lastMonth,
            BigDecimal measured, Review review) {
    }

    private static final String COLUMNS = "id, staff_id, threshold_id, first_month, last_month, measured, outcome, "
            + "outcome_reason, decided_by, decided_at";

    private static final RowMapper<Crossing> ROW = (rs, i) -> {
        Threshold threshold = Threshold.ofRule(rs.getString("threshold_id"));
        Review review = new Review(rs.getLong("id"), threshold.rule(), rs.getString("first_month"),
                rs.getString("last_month"), rs.getBigDecimal("measured"), rs.getString("outcome"),
                rs.getString("outcome_reason"), rs.getString("decided_by"), JdbcLedger.instant(rs, "decided_at"));
        return new Crossing(rs.getLong("id"), rs.getString("staff_id"), threshold,
                YearMonth.parse(rs.getString("first_month")), YearMonth.parse(rs.getString("last_month")),
                rs.getBigDecimal("measured"), review);
    };

    private final JdbcTemplate jdbc;

    JdbcCrossings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The new crossing, or empty when this staff, threshold and period crossed before. */
    Optional<Crossing> insertIfAbsent(String staff, Threshold threshold, YearMonth first, YearMonth last,
            BigDecimal measured, Instant now) {
        return insertIfAbsent(staff, threshold, last.toString(), first, last, measured, now);
    }

    /** As above with an explicit period key: the end day ("2048-03-10") of an R-AP-3 window read by date. */
    Optional<Crossing> insertIfAbsent(String staff, Threshold threshold, String period, YearMonth first, YearMonth last,
            BigDecimal measured, Instant now) {
        try {
            // as a ledger entry's insert (JdbcLedger.insertIfAbsent): a concurrent duplicate fails
            // alone and leaves the surrounding transaction usable, no savepoint needed
            jdbc.update("insert into appraisal_crossing (staff_id, threshold_id, period_key, first_month, last_month,"
                    + " measured, crossed_at) values (?, ?, ?, ?, ?, ?, ?)", staff, threshold.rule(), period, first.toString(),
                    last.toString(), measured, Timestamp.from(now));
        } catch (DuplicateKeyException alreadyCrossed) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from appraisal_crossing where staff_id = ? and threshold_id = ? "
                + "and period_key = ?", ROW, staff, threshold.rule(), period).stream().findFirst();
    }

    /** A crossing as the threshold check compares it: its threshold, period key and last month. */
    record Recorded(Threshold threshold, String periodKey, YearMonth lastMonth) {
    }

    /**
     * The staff member's crossings whose last month lies in {@code from}…{@code to}: one read per
     * threshold check, which then looks up in memory whether a crossing is already recorded for a
     * period (issue 19: it asked the database once per period, and tried to insert a crossing
     * already there, refused by the unique key).
     */
    List<Recorded> around(String staff, YearMonth from, YearMonth to) {
        return jdbc.query("select threshold_id, period_key, last_month from appraisal_crossing where staff_id = ?"
                + " and last_month >= ? and last_month <= ?", (rs, i) -> new Recorded(Threshold.ofRule(rs.getString(1)),
                        rs.getString(2), YearMonth.parse(rs.getString(3))), staff, from.toString(), to.toString());
    }

    Optional<Crossing> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from appraisal_crossing where id = ?", ROW, id).stream().findFirst();
    }

    /** Crossings whose period ends in the month: the reviews that month's statement shows. */
    List<Crossing> endingIn(YearMonth month) {
        return jdbc.query("select " + COLUMNS + " from appraisal_crossing where last_month = ? order by staff_id, id",
                ROW, month.toString());
    }

    /** @return false when the crossing was already decided (the first decision stands) */
    boolean decide(long id, ReviewOutcome outcome, String reason, String decidedBy, Instant now) {
        return jdbc.update("update appraisal_crossing set outcome = ?, outcome_reason = ?, decided_by = ?, decided_at = ? "
                + "where id = ? and outcome is null", outcome.name(), reason, decidedBy, Timestamp.from(now), id) == 1;
    }
}
