package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.MonthlySummary;
import com.opsflow.platform.Csv;
import java.util.List;

/** The monthly summary as CSV for Excel ({@link Csv}: UTF-8 with a byte order mark, formulas defused). */
final class SummaryCsv {

    static final List<String> HEADER = List.of("月份", "人員編號", "姓名", "出勤天數", "遲到次數", "早退次數", "缺簽次數",
            "曠工天數", "請假天數", "出差天數", "抽調天數", "處理", "豁免");

    private SummaryCsv() {
    }

    static String write(List<MonthlySummary> rows) {
        Csv csv = Csv.withHeader(HEADER);
        for (MonthlySummary s : rows) {
            csv.row(List.of(s.month(), s.staff(), s.name(), s.daysWorked(), s.lateCount(), s.earlyCount(),
                    s.missingSignCount(), s.absenceDays(), s.leaveDays(), s.tripDays(), s.secondmentDays(),
                    s.consequenceLabel(), s.exempt() ? "是" : "否"));
        }
        return csv.asString();
    }
}
