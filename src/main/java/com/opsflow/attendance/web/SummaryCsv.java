package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.MonthlySummary;
import java.util.List;

/**
 * The monthly summary as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Windows
 * reads the Chinese headers as mojibake), CRLF line ends, fields quoted when needed.
 */
final class SummaryCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("月份", "人員編號", "姓名", "出勤天數", "遲到次數", "早退次數", "缺簽次數",
            "曠工天數", "請假天數", "出差天數", "抽調天數", "處理", "豁免");

    private SummaryCsv() {
    }

    static String write(List<MonthlySummary> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (MonthlySummary s : rows) {
            line(csv, List.of(s.month(), s.staff(), s.name(), s.daysWorked().toPlainString(),
                    String.valueOf(s.lateCount()), String.valueOf(s.earlyCount()), String.valueOf(s.missingSignCount()),
                    s.absenceDays().toPlainString(), s.leaveDays().toPlainString(), s.tripDays().toPlainString(),
                    s.secondmentDays().toPlainString(), s.consequenceLabel(), s.exempt() ? "是" : "否"));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quote(String field) {
        String value = field == null ? "" : field;
        // A leading = + - @ would be run as a formula by Excel: neutralise it.
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
