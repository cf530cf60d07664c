package com.opsflow.monitoring.internal;

import com.opsflow.monitoring.MonitoringFigures;
import com.opsflow.monitoring.Site;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The dashboard's monitoring figures (R-MS-1, R-MS-3, K-4), recomputed from the rows of started work. */
@Service
class JdbcMonitoringFigures implements MonitoringFigures {

    private final JdbcTemplate jdbc;
    private final JdbcSites sites;
    private final MonitoringProperties settings;

    JdbcMonitoringFigures(JdbcTemplate jdbc, JdbcSites sites, MonitoringProperties settings) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.settings = settings;
    }

    @Override
    public Figures figures(Optional<String> station, LocalDate from, LocalDate to) {
        Map<String, Site> scope = sites.all().stream().filter(s -> station.isEmpty() || station.get().equals(s.station()))
                .collect(Collectors.toMap(Site::code, Function.identity()));
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        List<Overdue> inspections = new ArrayList<>();
        jdbc.query("select site_code, week, engineer, due_at from monitoring_inspection where completed_at is null and due_at < ? "
                + "order by due_at, site_code", rs -> {
                    Site site = scope.get(rs.getString("site_code"));
                    if (site != null) {
                        inspections.add(new Overdue(site.code(), site.name(), rs.getString("week") + " 例行巡檢",
                                rs.getString("engineer"), rs.getTimestamp("due_at").toInstant(), true));
                    }
                }, now);
        List<Overdue> calibrations = new ArrayList<>();
        // open past the due day, or escalated (done late): both count in K-4
        jdbc.query("select c.site_code, c.instrument_code, c.engineer, c.due_on, c.completed_at, i.name from monitoring_calibration c "
                + "left join monitoring_instrument i on i.site_code = c.site_code and i.code = c.instrument_code "
                + "where c.escalated_at is not null or (c.completed_at is null and c.due_on < ?) order by c.due_on, c.site_code", rs -> {
                    Site site = scope.get(rs.getString("site_code"));
                    if (site != null) {
                        String instrument = rs.getString("name") == null ? rs.getString("instrument_code")
                                : rs.getString("name") + "（" + rs.getString("instrument_code") + "）";
                        calibrations.add(new Overdue(site.code(), site.name(), instrument + " 校準", rs.getString("engineer"),
                                rs.getDate("due_on").toLocalDate().plusDays(1).atStartOfDay(settings.zone()).toInstant(),
                                rs.getTimestamp("completed_at") == null));
                    }
                }, java.sql.Date.valueOf(LocalDate.ofInstant(now.toInstant(), settings.zone())));
        int[] done = {0, 0};
        String fromWeek = InspectionWeeks.label(InspectionWeeks.mondayOf(from));
        String toWeek = InspectionWeeks.label(InspectionWeeks.mondayOf(to));
        jdbc.query("select site_code, upload_complete from monitoring_inspection where completed_at is not null and week >= ? "
                + "and week <= ?", rs -> {
                    if (scope.containsKey(rs.getString("site_code"))) {
                        done[0]++;
                        if (rs.getBoolean("upload_complete")) {
                            done[1]++;
                        }
                    }
                }, fromWeek, toWeek);
        int[] open = {0};
        jdbc.query("select site_code from monitoring_fault where repaired_at is null", rs -> {
            if (scope.containsKey(rs.getString("site_code"))) {
                open[0]++;
            }
        });
        return new Figures(inspections, calibrations, done[0], done[1], done[0] == 0 ? null : (double) done[1] / done[0], open[0]);
    }
}
