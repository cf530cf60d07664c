package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.AttendanceProperties;
import com.opsflow.attendance.internal.AttendanceReports;
import com.opsflow.attendance.internal.MonthlySummary;
import com.opsflow.attendance.web.AttendanceViews.SummaryReport;
import com.opsflow.attendance.web.AttendanceViews.SummaryView;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.Months;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly summary (R-AT-3, R-AT-4) of the staff the caller may see: {@code GET …/summary/{YYYY-MM}}
 * as JSON, or as CSV for Excel ({@code Accept: text/csv} or {@code …/summary/{YYYY-MM}.csv}).
 */
@RestController
@RequestMapping({AttendanceApi.API + "/summary", AttendanceApi.PAGE + "/summary"})
class SummaryController {

    private final AttendanceReports reports;
    private final AttendanceProperties properties;

    SummaryController(AttendanceReports reports, AttendanceProperties properties) {
        this.reports = reports;
        this.properties = properties;
    }

    @GetMapping(path = "/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    SummaryReport summary(@PathVariable String month) {
        YearMonth ym = Months.parse(month);
        List<SummaryView> rows = rows(ym).stream().map(SummaryView::of).toList();
        return new SummaryReport(ym.toString(), "R-AT-3: 遲到早退 1–" + properties.maxLateEarlyForCriticism()
                + " 次 → 例會批評；超過 " + properties.maxLateEarlyForCriticism() + " 次 → 報所屬公司", rows);
    }

    @GetMapping(path = "/{month}", produces = AttendanceApi.TEXT_CSV)
    ResponseEntity<byte[]> summaryCsvByAccept(@PathVariable String month) {
        return csv(Months.parse(month));
    }

    @GetMapping("/{month}.csv")
    ResponseEntity<byte[]> summaryCsv(@PathVariable String month) {
        return csv(Months.parse(month));
    }

    private ResponseEntity<byte[]> csv(YearMonth month) {
        byte[] body = SummaryCsv.write(rows(month)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendance-" + month + ".csv\"")
                .body(body);
    }

    private List<MonthlySummary> rows(YearMonth month) {
        return reports.summary(month, reports.visibleTo(CurrentUser.get()));
    }
}
