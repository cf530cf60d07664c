package com.opsflow.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The attendance tables (db/changelog/attendance). Month reads select by date range over all staff
 * or one staff member, served by the (date, staff) indexes; the caller groups by staff in memory.
 */
@Repository
public class AttendanceRepository {

    private static final RowMapper<Sign> SIGN = (rs, i) -> new Sign(rs.getLong("id"), rs.getString("staff_id"),
            rs.getObject("work_date", LocalDate.class), rs.getInt("period_no"), Direction.valueOf(rs.getString("direction")),
            instant(rs, "signed_at"));
    private static final RowMapper<AwayPeriod> AWAY = (rs, i) -> new AwayPeriod(rs.getString("staff_id"),
            AwayKind.valueOf(rs.getString("kind")), instant(rs, "from_at"), instant(rs, "to_at"), rs.getString("reference"));
    private static final RowMapper<Correction> CORRECTION = (rs, i) -> new Correction(rs.getLong("id"),
            rs.getString("staff_id"), rs.getObject("work_date", LocalDate.class), rs.getInt("period_no"),
            Direction.valueOf(rs.getString("direction")), instant(rs, "claimed_at"), rs.getString("reason"),
            Correction.Status.valueOf(rs.getString("status")), rs.getString("approver_id"), instant(rs, "requested_at"),
            rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_comment"));

    private final JdbcTemplate jdbc;

    public AttendanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the sign; a duplicate of (staff, day, period, direction) fails on the unique constraint. */
    void insertSign(String staff, LocalDate day, int period, Direction direction, Instant at) {
        jdbc.update("insert into attendance_sign (staff_id, work_date, period_no, direction, signed_at) values (?, ?, ?, ?, ?)",
                staff, day, period, direction.name(), Timestamp.from(at));
    }

    Optional<Sign> findSign(String staff, LocalDate day, int period, Direction direction) {
        return jdbc.query("select * from attendance_sign where staff_id = ? and work_date = ? and period_no = ? and direction = ?",
                SIGN, staff, day, period, direction.name()).stream().findFirst();
    }

    List<Sign> signs(String staff, LocalDate first, LocalDate last) {
        return jdbc.query("select * from attendance_sign where work_date between ? and ? and staff_id = ? order by signed_at",
                SIGN, first, last, staff);
    }

    List<Sign> allSigns(LocalDate first, LocalDate last) {
        return jdbc.query("select * from attendance_sign where work_date between ? and ?", SIGN, first, last);
    }

    /** Inserts unless the (reference, kind) is already recorded; true when inserted. */
    boolean insertAwayIfAbsent(AwayPeriod away, Instant now) {
        Integer known = jdbc.queryForObject("select count(*) from attendance_period where reference = ? and kind = ?",
                Integer.class, away.reference(), away.kind().name());
        if (known != null && known > 0) {
            return false;
        }
        try {
            jdbc.update("insert into attendance_period (staff_id, kind, from_at, to_at, reference, recorded_at) values (?, ?, ?, ?, ?, ?)",
                    away.staff(), away.kind().name(), Timestamp.from(away.from()), Timestamp.from(away.to()),
                    away.reference(), Timestamp.from(now));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // the same request recorded at the same moment by a retry: it is there, which is all we want
            return false;
        }
    }

    /** Time away overlapping [from, to): a period starting before {@code to} and ending after {@code from}. */
    List<AwayPeriod> away(String staff, Instant from, Instant to) {
        return jdbc.query("select * from attendance_period where from_at < ? and staff_id = ? and to_at > ?",
                AWAY, Timestamp.from(to), staff, Timestamp.from(from));
    }

    List<AwayPeriod> allAway(Instant from, Instant to) {
        return jdbc.query("select * from attendance_period where from_at < ? and to_at > ?",
                AWAY, Timestamp.from(to), Timestamp.from(from));
    }

    long insertCorrection(Correction c) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into attendance_correction (staff_id, work_date, period_no, direction, "
                    + "claimed_at, reason, status, approver_id, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, c.staff());
            ps.setObject(2, c.workDate());
            ps.setInt(3, c.period());
            ps.setString(4, c.direction().name());
            ps.setTimestamp(5, Timestamp.from(c.claimedAt()));
            ps.setString(6, c.reason());
            ps.setString(7, c.status().name());
            ps.setString(8, c.approver());
            ps.setTimestamp(9, Timestamp.from(c.requestedAt()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<Correction> correction(long id) {
        return jdbc.query("select * from attendance_correction where id = ?", CORRECTION, id).stream().findFirst();
    }

    /** Decides a pending correction; false when it was no longer pending (decided meanwhile). */
    boolean decideCorrection(long id, Correction.Status status, String by, Instant at, String comment) {
        return jdbc.update("update attendance_correction set status = ?, decided_by = ?, decided_at = ?, decision_comment = ? "
                + "where id = ? and status = 'PENDING'", status.name(), by, Timestamp.from(at), comment, id) == 1;
    }

    List<Correction> correctionsOf(String staff) {
        return jdbc.query("select * from attendance_correction where staff_id = ? order by requested_at desc", CORRECTION, staff);
    }

    List<Correction> pendingFor(String approver) {
        return jdbc.query("select * from attendance_correction where approver_id = ? and status = 'PENDING' order by requested_at",
                CORRECTION, approver);
    }

    List<Correction> approvedCorrections(String staff, LocalDate first, LocalDate last) {
        return jdbc.query("select * from attendance_correction where work_date between ? and ? and staff_id = ? "
                + "and status = 'APPROVED'", CORRECTION, first, last, staff);
    }

    List<Correction> allApprovedCorrections(LocalDate first, LocalDate last) {
        return jdbc.query("select * from attendance_correction where work_date between ? and ? and status = 'APPROVED'",
                CORRECTION, first, last);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
