package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of the ledger table {@code appraisal_entry}: insert and read, never update or delete (R-AP-6). */
@Repository
class JdbcLedger {

    static final String COLUMNS = "id, staff_id, kind, points, amount_rmb, rule_id, reason, process_definition_key, "
            + "process_instance_id, business_key, activity_id, occurred_at, posted_at, posted_by, reversal_of, idempotency_key";

    static final RowMapper<LedgerEntry> ROW = JdbcLedger::map;
    private static final Logger log = LoggerFactory.getLogger(JdbcLedger.class);

    private final JdbcTemplate jdbc;
    private final JdbcMonthTotals totals;

    JdbcLedger(JdbcTemplate jdbc, JdbcMonthTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    Optional<LedgerEntry> byKey(String idempotencyKey) {
        return jdbc.query("select " + COLUMNS + " from appraisal_entry where idempotency_key = ?", ROW, idempotencyKey)
                .stream().findFirst();
    }

    Optional<LedgerEntry> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from appraisal_entry where id = ?", ROW, id).stream().findFirst();
    }

    Optional<LedgerEntry> reversalOf(long id) {
        return jdbc.query("select " + COLUMNS + " from appraisal_entry where reversal_of = ?", ROW, id).stream().findFirst();
    }

    /**
     * Inserts the row unless its idempotency key (or, for a reversal, its original) is taken.
     *
     * The insert is sent on its own, without a savepoint around it (issue 19: a SAVEPOINT and a
     * RELEASE per posting): MariaDB (InnoDB) and H2 roll back only the statement that failed on the
     * unique key, so the caller's transaction (the engine's, when a delegate posts) goes on unharmed,
     * and no Spring transaction boundary is crossed that would mark it rollback-only.
     *
     * @return the new row's id when this call inserted it; empty when a concurrent or earlier
     *         posting had (then read it with {@link #byKey})
     */
    OptionalLong insertIfAbsent(LedgerEntry e) {
        KeyHolder id = new GeneratedKeyHolder();
        try {
            jdbc.update(con -> {
                PreparedStatement insert = con.prepareStatement("insert into appraisal_entry (staff_id, kind, points, "
                        + "amount_rmb, rule_id, reason, process_definition_key, process_instance_id, business_key, activity_id, "
                        + "occurred_at, posted_at, posted_by, reversal_of, idempotency_key) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                new ArgumentPreparedStatementSetter(new Object[] {e.staff(), e.kind().name(), e.points(), e.amountRmb(),
                        e.rule(), e.reason(), e.processDefinitionKey(), e.processInstanceId(), e.businessKey(),
                        e.activityId(), Timestamp.from(e.occurredAt()), Timestamp.from(e.postedAt()), e.postedBy(),
                        e.reversalOf(), e.idempotencyKey()}).setValues(insert);
                return insert;
            }, id);
        } catch (DuplicateKeyException duplicate) {
            // InnoDB makes a second inserter of the same key wait for the first to commit, so the
            // winner's row is visible (READ COMMITTED) to the select that follows.
            log.info("Ledger entry {} was posted concurrently or before: keeping that one", e.idempotencyKey());
            return OptionalLong.empty();
        }
        totals.posted(e);
        return OptionalLong.of(id.getKey().longValue());
    }

    /** Entries (originals and reversals) matching all given filters, in the order they happened. */
    List<LedgerEntry> find(String staff, Instant from, Instant to, String processInstanceId) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from appraisal_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (staff != null) {
            sql.append(" and staff_id = ?");
            args.add(staff);
        }
        if (from != null) {
            sql.append(" and occurred_at >= ? and occurred_at < ?");
            args.add(Timestamp.from(from));
            args.add(Timestamp.from(to));
        }
        if (processInstanceId != null) {
            sql.append(" and process_instance_id = ?");
            args.add(processInstanceId);
        }
        sql.append(" order by occurred_at, id");
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** What counts toward totals: neither a reversal nor an entry that has been reversed (R-AP-6). */
    static final String COUNTED = " and e.reversal_of is null"
            + " and not exists (select 1 from appraisal_entry r where r.reversal_of = e.id)";

    /** One staff member's month: points, fines and conduct breaches that count. */
    record Sums(String staff, BigDecimal points, BigDecimal finesRmb, int conductBreaches) {
    }

    BigDecimal points(String staff, Instant from, Instant to) {
        BigDecimal sum = jdbc.queryForObject("select sum(e.points) from appraisal_entry e where e.staff_id = ?"
                + " and e.kind = 'POINTS' and e.occurred_at >= ? and e.occurred_at < ?" + COUNTED, BigDecimal.class,
                staff, Timestamp.from(from), Timestamp.from(to));
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** The days (in the zone) on which the staff member has counted points entries in [from, to). */
    List<java.time.LocalDate> pointDays(String staff, Instant from, Instant to, java.time.ZoneId zone) {
        return jdbc.queryForList("select e.occurred_at from appraisal_entry e where e.staff_id = ? and e.kind = 'POINTS'"
                + " and e.occurred_at >= ? and e.occurred_at < ?" + COUNTED, Timestamp.class, staff, Timestamp.from(from),
                Timestamp.from(to)).stream().map(t -> t.toInstant().atZone(zone).toLocalDate()).distinct().toList();
    }

    /**
     * Signed sums over the range for the statement of all staff: an original counts {@code +}, a
     * reversal {@code −}. A reversal carries its original's kind, amount, rule and occurrence
     * (R-AP-6, {@code JdbcAppraisal.reverse}) and is never itself reversed, so this gives the totals
     * of {@link #COUNTED} entries in one range scan of the covering index
     * {@code idx_appraisal_entry_time_staff}, without a sub-query per row. A staff member counts
     * when entries remain after reversals.
     */
    private static final String SIGNED = "case when e.reversal_of is null then 1 else -1 end";

    /** Per staff member with counted entries in the range, sorted by staff id. */
    List<Sums> sums(Instant from, Instant to, String conductRule) {
        return jdbc.query("select e.staff_id, sum(" + SIGNED + " * e.points), sum(" + SIGNED + " * e.amount_rmb),"
                + " sum(case when e.rule_id = ? then " + SIGNED + " else 0 end) from appraisal_entry e"
                + " where e.occurred_at >= ? and e.occurred_at < ?"
                + " group by e.staff_id having sum(" + SIGNED + ") > 0 order by e.staff_id",
                (rs, i) -> new Sums(rs.getString(1), zero(rs.getBigDecimal(2)), zero(rs.getBigDecimal(3)), rs.getInt(4)),
                conductRule, Timestamp.from(from), Timestamp.from(to));
    }

    /** Counted points per staff member in the range (the R-AP-3 window of every staff at once). */
    Map<String, BigDecimal> pointsByStaff(Instant from, Instant to) {
        Map<String, BigDecimal> points = new TreeMap<>();
        jdbc.query("select e.staff_id, sum(" + SIGNED + " * e.points) from appraisal_entry e where e.kind = 'POINTS'"
                + " and e.occurred_at >= ? and e.occurred_at < ? group by e.staff_id having sum(" + SIGNED + ") > 0",
                rs -> {
                    points.put(rs.getString(1), zero(rs.getBigDecimal(2)));
                }, Timestamp.from(from), Timestamp.from(to));
        return points;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null || value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        long reversalOf = rs.getLong("reversal_of");
        Long reversal = rs.wasNull() ? null : reversalOf;
        return new LedgerEntry(rs.getLong("id"), rs.getString("staff_id"), EntryKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("points"), rs.getBigDecimal("amount_rmb"), rs.getString("rule_id"),
                rs.getString("reason"), rs.getString("process_definition_key"), rs.getString("process_instance_id"),
                rs.getString("business_key"), rs.getString("activity_id"), instant(rs, "occurred_at"),
                instant(rs, "posted_at"), rs.getString("posted_by"), reversal, rs.getString("idempotency_key"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
