package com.opsflow.reporting.internal;

import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.KpiReport.Counts;
import com.opsflow.reporting.KpiReport.Durations;
import com.opsflow.reporting.KpiReport.Share;
import com.opsflow.reporting.OrderRow;
import com.opsflow.reporting.TrainingRegister.TrainingRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Every table of a KPI report, in the order of the dashboard, for the CSV and Excel exports. */
public final class KpiTables {

    public static final List<String> NAMES = List.of("summary", "volume-by-type", "volume-by-channel",
            "volume-by-station", "trend", "efficiency", "compliance-by-station", "escalations", "satisfaction",
            "engineers", "appraisal", "attendance", "training", "orders");

    public static List<Table> of(KpiReport r, List<OrderRow> orders, List<TrainingRecord> training) {
        List<Table> tables = new ArrayList<>();
        tables.add(summary(r));
        tables.add(counts("volume-by-type", "工單量-類型", "類型", r.volume().byType()));
        tables.add(counts("volume-by-channel", "工單量-渠道", "渠道", r.volume().byChannel()));
        tables.add(counts("volume-by-station", "工單量-區站", "區站", r.volume().byStation()));
        tables.add(new Table("trend", "趨勢", List.of("期間", "開始", "結束", "受理", "完成", "10分鐘聯系率", "平均滿意度",
                "結單時間中位數(分)"), r.trend().stream().map(t -> row(t.label(), t.start(), t.end(), t.received(),
                        t.completed(), t.contactRate(), t.averageSatisfaction(), t.medianClosedMinutes())).toList()));
        tables.add(new Table("efficiency", "效率", List.of("指標", "工單數", "中位數(分)", "P90(分)", "平均(分)"), List.of(
                durations("派單→聯系用戶", r.efficiency().dispatchToContact()),
                durations("派單→到達現場", r.efficiency().dispatchToOnSite()),
                durations("派單→結單", r.efficiency().dispatchToClosed()))));
        List<List<Object>> byStation = new ArrayList<>();
        r.compliance().contactByStation().forEach((s, share) -> byStation.add(row(s, share.met(), share.total(), share.rate())));
        tables.add(new Table("compliance-by-station", "合規-區站", List.of("區站", "10分鐘內聯系", "工單數", "達標率"), byStation));
        List<List<Object>> esc = new ArrayList<>();
        r.compliance().escalations().forEach(e -> esc.add(row("第" + e.level() + "級", e.rule(), e.label(), e.orders())));
        esc.add(row("技術支援", "R-WO-6", "轉技術人員", r.compliance().techSupportEscalations()));
        tables.add(new Table("escalations", "升級", List.of("級別", "規則", "內容", "工單數"), esc));
        List<List<Object>> sat = new ArrayList<>();
        r.satisfaction().distribution().forEach((score, n) -> sat.add(row(score + " 分", n)));
        sat.add(row("平均", r.satisfaction().average()));
        sat.add(row("投訴", r.satisfaction().complaints()));
        sat.add(row("核實投訴 (R-WO-10)", r.satisfaction().verifiedComplaints()));
        tables.add(new Table("satisfaction", "滿意度", List.of("項目", "數值"), sat));
        tables.add(new Table("engineers", "工程師排名", List.of("名次", "工號", "姓名", "區站", "工單數", "已結單",
                "10分鐘聯系率", "結單時間中位數(分)", "平均滿意度", "核實投訴", "培訓時數"), engineerRows(r)));
        tables.add(new Table("appraisal", "考核", List.of("工號", "姓名", "區站", "扣分", "罰款(元)", "觸及門檻"),
                r.appraisal().byStaff().isEmpty() && !r.appraisal().available()
                        ? List.of(row(r.appraisal().note(), null, null, null, null, null))
                        : r.appraisal().byStaff().stream().map(a -> row(a.staff(), a.name(), a.station(), a.points(),
                                a.finesRmb(), String.join("、", a.thresholds()))).toList()));
        tables.add(attendance("attendance", "考勤", r));
        tables.add(new Table("training", "培訓", List.of("工號", "姓名", "區站", "課程", "日期", "時數", "通過"),
                training.stream().map(t -> row(t.staff(), t.name(), t.station(), t.course(), t.date(), t.hours(),
                        t.passed() ? "是" : "否")).toList()));
        tables.add(orders(orders));
        return tables;
    }

    static Table attendance(String name, String title, KpiReport r) {
        List<List<Object>> rows = new ArrayList<>();
        if (!r.attendance().available()) {
            rows.add(row(r.attendance().note(), null, null, null, null, null, null, null));
        }
        r.attendance().byStaff().forEach(a -> rows.add(row(a.staff(), a.name(), a.station(), a.late(), a.early(),
                a.missingSigns(), a.absenceDays(), a.consequence())));
        return new Table(name, title, List.of("工號", "姓名", "區站", "遲到", "早退", "漏簽", "曠工(天)", "處理"), rows);
    }

    static Table orders(List<OrderRow> orders) {
        return new Table("orders", "工單明細", List.of("工單號", "類型", "區站", "渠道", "工程師", "受理時間", "結單時間",
                "聯系(分)", "到場(分)", "結單(分)", "滿意度", "投訴", "核實投訴", "升級級別"),
                orders.stream().map(o -> row(o.orderNo(), o.type(), o.station(), o.channel(), o.engineer(), o.received(),
                        o.closed(), o.contactMinutes(), o.onSiteMinutes(), o.closedMinutes(), o.satisfaction(),
                        o.complaint() ? "是" : "否", o.verifiedComplaint() ? "是" : "否", o.escalationLevel())).toList());
    }

    static Table summary(KpiReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("K-3", "受理工單", r.volume().received()));
        rows.add(row("K-3", "完成工單", r.volume().completed()));
        rows.add(row("K-3", "期末未結工單", r.volume().open()));
        rows.add(row("K-2", "派單→聯系用戶 中位數(分)", r.efficiency().dispatchToContact().medianMinutes()));
        rows.add(row("K-2", "派單→到達現場 中位數(分)", r.efficiency().dispatchToOnSite().medianMinutes()));
        rows.add(row("K-2", "派單→結單 中位數(分)", r.efficiency().dispatchToClosed().medianMinutes()));
        rows.add(share("K-4", "10分鐘內聯系用戶 (R-WO-1)", r.compliance().contact()));
        rows.add(share("K-4", "1小時內到達現場 (R-WO-4)", r.compliance().onSite()));
        rows.add(share("K-4", "報裝按時完成 (R-WO-5)", r.compliance().installation()));
        rows.add(row("K-4", "技術支援升級 (R-WO-6)", r.compliance().techSupportEscalations()));
        rows.add(row("K-1", "平均滿意度", r.satisfaction().average()));
        rows.add(row("K-1", "核實投訴 (R-WO-10)", r.satisfaction().verifiedComplaints()));
        rows.add(row("K-5", "培訓時數", r.training().hours()));
        return new Table("summary", "摘要", List.of("指標", "項目", "數值"), rows);
    }

    static List<List<Object>> engineerRows(KpiReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.engineers().size(); i++) {
            var e = r.engineers().get(i);
            rows.add(row(i + 1, e.engineer(), e.name(), e.station(), e.orders(), e.completed(), e.contactRate(),
                    e.medianClosedMinutes(), e.averageSatisfaction(), e.verifiedComplaints(), e.trainingHours()));
        }
        return rows;
    }

    private static Table counts(String name, String title, String by, Map<String, Counts> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, c) -> rows.add(row(k, c.received(), c.completed(), c.open())));
        return new Table(name, title, List.of(by, "受理", "完成", "期末未結"), rows);
    }

    private static List<Object> durations(String label, Durations d) {
        return row(label, d.count(), d.medianMinutes(), d.p90Minutes(), d.averageMinutes());
    }

    private static List<Object> share(String kpi, String label, Share s) {
        return row(kpi, label + "（" + s.met() + "/" + s.total() + "）", s.rate());
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private KpiTables() {
    }
}
