package com.opsflow.notification.internal;

import com.opsflow.notification.Notice;
import com.opsflow.notification.Notices;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Notices in {@code notification_notice}; written in the caller's transaction. */
@Repository
class JdbcNotices implements Notices {

    static final int MAX_SUBJECT = 255;
    static final int MAX_BODY = 4000;

    private final JdbcTemplate jdbc;

    JdbcNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String userId, String subject, String body) {
        // the engine's clock, like the deadlines that cause most notices
        Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("insert into notification_notice (user_id, subject, body, created_at) values (?, ?, ?, ?)",
                userId, cut(subject, MAX_SUBJECT), body == null ? null : cut(body, MAX_BODY), Timestamp.from(now));
    }

    @Override
    public List<Notice> recent(String userId, int limit) {
        return jdbc.query("select id, subject, body, created_at, read_at from notification_notice where user_id = ?"
                + " order by created_at desc, id desc", ps -> {
                    ps.setString(1, userId);
                    ps.setMaxRows(limit);
                }, (rs, i) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) != null));
    }

    @Override
    public int unread(String userId) {
        Integer n = jdbc.queryForObject("select count(*) from notification_notice where user_id = ? and read_at is null",
                Integer.class, userId);
        return n == null ? 0 : n;
    }

    @Override
    public int markAllRead(String userId) {
        return jdbc.update("update notification_notice set read_at = ? where user_id = ? and read_at is null",
                Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)), userId);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
