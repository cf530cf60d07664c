package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.attendance.internal.AttendanceReports;
import com.opsflow.attendance.internal.MonthlySummary;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * A month's summary over 1,000 staff: the month is read by date range through the
 * (date, staff) indexes, once per table, not once per person. January 2032, staff "scale-0000"…
 * exist only in this test.
 */
@OpsFlowSpringBootTest
class AttendanceScaleBootTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int STAFF = 1000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AttendanceReports reports;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theMonthQueriesHaveIndexesStartingWithTheDate() throws Exception {
        assertThat(firstIndexColumns("attendance_sign")).contains("work_date");
        assertThat(firstIndexColumns("attendance_period")).contains("from_at");
        assertThat(firstIndexColumns("attendance_correction")).contains("work_date");
    }

    @Test
    void aMonthlySummaryOfAThousandStaffIsBuiltInOnePass_R_AT_3() {
        // Monday 2032-01-05 and Tuesday 2032-01-06: every staff member signs all four times;
        // staff with an even number come 2 minutes late to both periods on both days (4 late → reported)
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < STAFF; i++) {
            String staff = "scale-%04d".formatted(i);
            for (LocalDate day : List.of(LocalDate.of(2032, 1, 5), LocalDate.of(2032, 1, 6))) {
                boolean late = i % 2 == 0;
                rows.add(sign(staff, day, 0, "IN", late ? "08:32:00" : "08:28:00"));
                rows.add(sign(staff, day, 0, "OUT", "11:31:00"));
                rows.add(sign(staff, day, 1, "IN", late ? "13:02:00" : "12:58:00"));
                rows.add(sign(staff, day, 1, "OUT", "17:01:00"));
            }
        }
        jdbc.batchUpdate("insert into attendance_sign (staff_id, work_date, period_no, direction, signed_at) "
                + "values (?, ?, ?, ?, ?)", rows);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2032-01-06T20:00:00").atZone(SHANGHAI).toInstant()));
        Map<String, String> staff = new LinkedHashMap<>();
        for (int i = 0; i < STAFF; i++) {
            staff.put("scale-%04d".formatted(i), "員工" + i);
        }

        long started = System.nanoTime();
        List<MonthlySummary> summary = reports.summary(YearMonth.of(2032, 1), staff);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(summary).hasSize(STAFF);
        MonthlySummary punctual = summary.get(1);
        MonthlySummary late = summary.get(2);
        assertThat(punctual.daysWorked()).isEqualByComparingTo("2");
        assertThat(punctual.lateAndEarly()).isZero();
        assertThat(late.lateCount()).isEqualTo(4);
        assertThat(late.consequenceLabel()).isEqualTo("報所屬公司");
        // Mon 5 – Tue 6 worked; Thu 1 – Fri 2 have no signs: absent (Jan 2032 has no configured holiday)
        assertThat(late.absenceDays()).isEqualByComparingTo("2");
        assertThat(millis).as("summary of %d staff took %d ms", STAFF, millis).isLessThan(30_000);
    }

    private static Object[] sign(String staff, LocalDate day, int period, String direction, String time) {
        Timestamp at = Timestamp.from(day.atTime(java.time.LocalTime.parse(time)).atZone(SHANGHAI).toInstant());
        return new Object[] {staff, day, period, direction, at};
    }

    /** The first column of every index of a table, whatever case the database reports names in. */
    private List<String> firstIndexColumns(String table) throws Exception {
        return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData meta) -> {
            List<String> columns = new ArrayList<>();
            for (String name : List.of(table, table.toUpperCase())) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                            columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                        }
                    }
                }
            }
            return columns;
        });
    }
}
