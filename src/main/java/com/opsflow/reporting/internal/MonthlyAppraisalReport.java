package com.opsflow.reporting.internal;

import static com.opsflow.reporting.internal.KpiTables.row;

import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.OrderRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * K-6: the monthly appraisal report in its three steps, one workbook per month: 1. the standards
 * (rules and the deadlines measured, from configuration), 2. monitoring and tracking (the month's
 * KPIs per station and engineer, the orders), 3. the appraisal (points, fines, thresholds and
 * attendance per staff member, from the appraisal and attendance modules).
 */
final class MonthlyAppraisalReport {

    static List<Table> tables(YearMonth month, KpiReport report, List<OrderRow> orders, KpiProperties settings) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("standards", "1 考核標準", List.of("規則", "內容", "標準", "後果"), List.of(
                row("R-WO-1", "派單後聯系用戶", "≤ " + settings.contactWithin().toMinutes() + " 分鐘", "見 R-WO-2/3/4"),
                row("R-WO-2", "超時未聯系：客服通知運營部經理，再通知區站經理及站長", "5 分鐘內", "升級第 1、2 級"),
                row("R-WO-3", "再 5 分鐘仍未聯系", "—", "五人各罰 200 元"),
                row("R-WO-4", "報修到達現場", "≤ " + settings.onSiteWithin().toMinutes() + " 分鐘", "扣 0.5 分"),
                row("R-WO-5", "報裝完成", "派單後 " + settings.installationWithin().toDays() + " 天內或約定時間", "扣 0.5 分"),
                row("R-WO-6", "無法處理即轉技術人員", "立即", "延誤扣 0.5 分"),
                row("R-WO-10", "投訴經核實屬員工責任", "—", "扣 1 分"),
                row("R-WO-12", "上門規範（回訪發現違規）", "—", "每項罰 50 元"),
                row("R-AP-1", "每扣 1 分", "—", "100 元"),
                row("R-AP-2", "同一考核月扣滿 2 分", "—", "自動離職（經理覆核）"),
                row("R-AP-3", "3 個月內累計扣滿 3 分", "—", "自動離職（經理覆核）"),
                row("R-AP-4", "同月違反上門規範超過 3 次", "—", "辭退（經理覆核）"),
                row("R-AT-3", "遲到早退", "每月 3 次以內 / 超過 3 次", "例會批評 / 通報所屬公司"))));
        Table summary = KpiTables.summary(report);
        tables.add(new Table("monitoring", "2 監控追蹤 " + month, summary.headers(), summary.rows()));
        List<List<Object>> stations = new ArrayList<>();
        report.compliance().contactByStation().forEach((s, share) -> {
            var counts = report.volume().byStation().get(s);
            stations.add(row(s, counts == null ? 0 : counts.received(), share.met(), share.total(), share.rate()));
        });
        tables.add(new Table("monitoring-stations", "2 監控-區站", List.of("區站", "受理", "10分鐘內聯系", "已量測", "達標率"),
                stations));
        tables.add(new Table("monitoring-engineers", "2 監控-工程師", List.of("名次", "工號", "姓名", "區站", "工單數",
                "已結單", "10分鐘聯系率", "結單時間中位數(分)", "平均滿意度", "核實投訴", "培訓時數"),
                KpiTables.engineerRows(report)));
        tables.add(KpiTables.orders(orders));
        List<List<Object>> appraisal = new ArrayList<>();
        if (!report.appraisal().available()) {
            appraisal.add(row(report.appraisal().note(), null, null, null, null, null));
        }
        report.appraisal().byStaff().forEach(a -> appraisal.add(row(a.staff(), a.name(), a.station(), a.points(),
                a.finesRmb(), String.join("、", a.thresholds()))));
        tables.add(new Table("appraisal", "3 考核結果", List.of("工號", "姓名", "區站", "扣分", "罰款(元)", "觸及門檻"), appraisal));
        tables.add(KpiTables.attendance("attendance", "3 考勤", report));
        return tables;
    }

    private MonthlyAppraisalReport() {
    }
}
