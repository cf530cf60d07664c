package com.opsflow.appeal.internal;

import com.opsflow.appeal.Appeals.Step;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail of appeals ({@code appeal_audit}): one row per appeal and step, insert-only. A
 * retried job records nothing twice (the step is looked up first; unique on appeal and step).
 */
@Component
class AppealAudit {

    static final String FILED = "FILED";
    static final String DECIDED = "DECIDED";
    static final String REVERSED = "REVERSED";

    private final JdbcTemplate jdbc;

    AppealAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String appealId, long entryId, String step, String actor, Instant at, String note) {
        Integer present = jdbc.queryForObject("select count(*) from appeal_audit where appeal_id = ? and step = ?",
                Integer.class, appealId, step);
        if (present != null && present > 0) {
            return;
        }
        jdbc.update("insert into appeal_audit (appeal_id, entry_id, step, actor, recorded_at, note) values (?, ?, ?, ?, ?, ?)",
                appealId, entryId, step, actor, Timestamp.from(at), note);
    }

    /** Every step of the appeals the appellant filed, oldest first. */
    List<Step> ofAppellant(String appellant) {
        return jdbc.query("select appeal_id, entry_id, step, actor, recorded_at, note from appeal_audit where appeal_id in"
                        + " (select appeal_id from appeal_audit where step = ? and actor = ?) order by id",
                (rs, n) -> new Step(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), FILED, appellant);
    }

    List<Step> of(String appealId) {
        return jdbc.query("select appeal_id, entry_id, step, actor, recorded_at, note from appeal_audit where appeal_id = ? order by id",
                (rs, n) -> new Step(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), appealId);
    }
}
