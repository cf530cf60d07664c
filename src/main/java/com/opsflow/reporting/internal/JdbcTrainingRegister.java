package com.opsflow.reporting.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import com.opsflow.reporting.TrainingRegister;
import com.opsflow.reporting.TrainingRegister.Category;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The K-5 training register in {@code reporting_training} (the one table reporting owns). */
@Component
class JdbcTrainingRegister implements TrainingRegister {

    private static final BigDecimal MAX_HOURS = new BigDecimal("100");

    private final JdbcTemplate jdbc;
    private final StaffDirectory directory;

    JdbcTrainingRegister(JdbcTemplate jdbc, StaffDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    @Transactional
    public TrainingRecord record(NewTraining t, String recordedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.staff() == null || t.staff().isBlank() || !directory.exists(t.staff())) {
            errors.put("staff", "未知的員工 / unknown staff " + t.staff());
        }
        if (t.course() == null || t.course().isBlank() || t.course().length() > 200) {
            errors.put("course", "請填寫課程名稱（最多 200 字）/ course is required");
        }
        if (t.date() == null) {
            errors.put("date", "請填寫日期 / date is required");
        }
        if (t.hours() == null || t.hours().signum() <= 0 || t.hours().compareTo(MAX_HOURS) > 0) {
            errors.put("hours", "時數須大於 0 且不超過 100 / hours must be in (0, 100]");
        }
        if (t.qualification() != null && t.qualification().length() > 100) {
            errors.put("qualification", "證書名稱最多 100 字 / qualification too long");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("培訓紀錄有誤 / invalid training record", errors);
        }
        Instant now = Instant.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into reporting_training (staff_id, course, course_date, hours, passed, "
                    + "recorded_by, recorded_at, category, qualification) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, t.staff());
            ps.setString(2, t.course().trim());
            ps.setDate(3, Date.valueOf(t.date()));
            ps.setBigDecimal(4, t.hours());
            ps.setBoolean(5, t.passed());
            ps.setString(6, recordedBy);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setString(8, (t.category() == null ? Category.OTHER : t.category()).name());
            ps.setString(9, t.qualification() == null || t.qualification().isBlank() ? null : t.qualification().trim());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        return withNames(jdbc.query("select * from reporting_training where id = ?", JdbcTrainingRegister::map, id)).get(0);
    }

    @Override
    public List<TrainingRecord> list(LocalDate from, LocalDate to, String station, String staff) {
        StringBuilder sql = new StringBuilder("select * from reporting_training where course_date >= ? and course_date <= ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        if (staff != null) {
            sql.append(" and staff_id = ?");
            args.add(staff);
        }
        sql.append(" order by course_date, id");
        List<TrainingRecord> records = withNames(jdbc.query(sql.toString(), JdbcTrainingRegister::map, args.toArray()));
        return station == null ? records : records.stream().filter(r -> station.equals(r.station())).toList();
    }

    /** The row alone: names and stations are looked up after the query, never inside its row mapper. */
    private static TrainingRecord map(ResultSet rs, int row) throws SQLException {
        Category category = Category.of(rs.getString("category")).orElse(Category.OTHER);
        return new TrainingRecord(rs.getLong("id"), rs.getString("staff_id"), null, null, rs.getString("course"),
                rs.getDate("course_date").toLocalDate(), rs.getBigDecimal("hours"), rs.getBoolean("passed"),
                category, category.label(), rs.getString("qualification"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    /** Each staff member's name and station: one read of names and one of stations for all the rows. */
    private List<TrainingRecord> withNames(List<TrainingRecord> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, String> names = directory.displayNames(rows.stream().map(TrainingRecord::staff).distinct().toList());
        Map<String, String> stations = directory.stationIds();
        return rows.stream().map(r -> new TrainingRecord(r.id(), r.staff(), names.get(r.staff()), stations.get(r.staff()),
                r.course(), r.date(), r.hours(), r.passed(), r.category(), r.categoryName(), r.qualification(),
                r.recordedBy(), r.recordedAt())).toList();
    }
}
