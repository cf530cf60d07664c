package com.opsflow.reporting.internal;

import static com.opsflow.reporting.internal.KpiTables.row;

import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.OrderRow;
import com.opsflow.workorder.DeadlineProperties;
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

    static List<Table> tables(YearMonth month, KpiReport report, List<OrderRow> orders, DeadlineProperties d) {
        List<Table> tables = new ArrayList<>();
        // every figure from the configuration the engine uses (opsflow.deadlines.*), none written here
        String late = "扣 " + DeadlineProperties.number(d.latePoints()) + " 分";
        tables.add(new Table("standards", "1 考核標準", List.of("規則", "內容", "標準", "後果"), List.of(
                row("R-WO-1", "派單後聯系用戶並約定上門時間", "≤ " + DeadlineProperties.label(d.contact()), "見 R-WO-2/3/4"),
                row("R-WO-2", "超時未聯系：客服通知運營部經理，再通知區站經理及站長", DeadlineProperties.label(d.notifyOpsManager()) + "內",
                        "升級第 1、2 級"),
                row("R-WO-3", "區站獲通知後仍未聯系", DeadlineProperties.label(d.fines()) + "後；最遲派單後 "
                        + DeadlineProperties.label(DeadlineProperties.parse(d.contact()).plus(DeadlineProperties.parse(d.notifyOpsManager()))
                                .plus(DeadlineProperties.parse(d.fines())).toString()),
                        "五人各罰 " + DeadlineProperties.number(d.fineRmb()) + " 元"),
                row("R-WO-4", "報裝、報修逾時聯系或報修逾時到場 (每單一次)", "到場 ≤ " + DeadlineProperties.label(d.onSite()), late),
                row("R-WO-5", "報裝完成", "派單後 " + DeadlineProperties.label(d.installation()) + "內及約定時間前", late),
                row("R-WO-6", "無法處理即轉技術人員", "判定後 " + DeadlineProperties.label(d.techEscalation()) + "內", "延誤經確認 " + late),
                row("R-WO-8", "續費按約定時間上門", "約定時間", "逾時導致投訴 " + late),
                row("R-WO-9", "上門安裝：工具、工作證、著裝", "—", late),
                row("R-WO-10", "投訴經核實屬員工責任", "—", "扣 " + DeadlineProperties.number(d.complaintPoints()) + " 分"),
                row("R-WO-12", "上門行為規範（回訪發現違規）", "—", "每項罰 " + DeadlineProperties.number(d.conductFineRmb()) + " 元"),
                row("R-AP-2", "同一考核月扣分達門檻", "見考核設定", "自動離職（經理覆核）"),
                row("R-AP-3", "3 個月內累計扣分達門檻", "見考核設定", "自動離職（經理覆核）"),
                row("R-AP-4", "同月違反上門規範超過門檻", "見考核設定", "辭退（經理覆核）"))));
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
