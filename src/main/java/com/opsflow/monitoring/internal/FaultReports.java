package com.opsflow.monitoring.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.monitoring.Site;
import com.opsflow.notification.Notifier;
import com.opsflow.notification.OutsideMail;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * R-MS-4 "不能解決的應及時向上級和當地環保部門報告": a fault found on an inspection and not fixed
 * on site is stored in {@code monitoring_fault} and reported at once to the engineer's superior
 * (in OpsFlow and by mail) and to the site's local environmental bureau (by mail). Once per fault:
 * a retried job finds the report stored and tells no one again.
 */
@Service
public class FaultReports {

    /** A stored fault report as the site's page lists it. */
    public record Fault(long id, String siteCode, String week, String description, String reportedBy, Instant reportedAt,
            String superior, String bureauName, String bureauEmail, Instant repairedAt, String repairedBy,
            String repairAction) {
    }

    private final JdbcTemplate jdbc;
    private final Notifier notifier;
    private final OutsideMail outsideMail;
    private final StaffDirectory directory;
    private final InspectionWeeks weeks;

    public FaultReports(JdbcTemplate jdbc, Notifier notifier, OutsideMail outsideMail, StaffDirectory directory,
            MonitoringProperties settings) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.outsideMail = outsideMail;
        this.directory = directory;
        this.weeks = new InspectionWeeks(settings);
    }

    /** Stores and reports the fault unless {@code sourceKey} was reported already; returns whether it reported. */
    public boolean report(Site site, String week, String description, String reportedBy, String superior, Instant at,
            String processInstanceId, String sourceKey) {
        if (jdbc.queryForObject("select count(*) from monitoring_fault where source_key = ?", Integer.class, sourceKey) > 0) {
            return false;
        }
        jdbc.update("insert into monitoring_fault (site_code, week, description, reported_by, reported_at, superior, "
                + "bureau_name, bureau_email, process_instance_id, source_key) values (?,?,?,?,?,?,?,?,?,?)", site.code(), week,
                description, reportedBy, Timestamp.from(at), superior, site.bureau().name(), site.bureau().email(),
                processInstanceId, sourceKey);
        String subject = "監測站點故障報告：" + site.name() + "（" + site.code() + "）";
        String body = "站點：" + site.name() + "（" + site.code() + "）\n地址：" + site.address() + "\n發現時間："
                + weeks.shown(at) + "\n發現人：" + directory.displayName(reportedBy) + "\n故障情況：" + description
                + "\n\n此故障於例行巡檢中發現，無法現場排除，依運行維護人員崗位職責第八條（R-MS-4）報告，"
                + "請安排專業維修人員及時維修和處理。";
        notifier.notify(superior, subject, body);
        outsideMail.mail(site.bureau().email(), subject, (site.bureau().contact() == null ? site.bureau().name()
                : site.bureau().name() + " " + site.bureau().contact()) + "：\n\n" + body);
        return true;
    }

    /** The fault of {@code sourceKey} was repaired; a second call changes nothing. */
    public void repaired(String sourceKey, String by, Instant at, String action) {
        jdbc.update("update monitoring_fault set repaired_at = ?, repaired_by = ?, repair_action = ? where source_key = ? "
                + "and repaired_at is null", Timestamp.from(at), by, action, sourceKey);
    }

    public List<Fault> of(String siteCode) {
        return jdbc.query("select * from monitoring_fault where site_code = ? order by reported_at desc, id desc",
                (rs, n) -> new Fault(rs.getLong("id"), rs.getString("site_code"), rs.getString("week"),
                        rs.getString("description"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
                        rs.getString("superior"), rs.getString("bureau_name"), rs.getString("bureau_email"),
                        rs.getTimestamp("repaired_at") == null ? null : rs.getTimestamp("repaired_at").toInstant(),
                        rs.getString("repaired_by"), rs.getString("repair_action")),
                siteCode);
    }
}
