package com.opsflow.reporting.web;

import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport;
import com.opsflow.reporting.OrderRow;
import com.opsflow.reporting.internal.KpiViews;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/kpi}: the KPI report as JSON, its orders, and the exports (stateless HTTP Basic like
 * every {@code /api/**}). Bad ranges → 400, another station than one's own → 403.
 */
@RestController
class KpiController {

    private final KpiViews views;

    KpiController(KpiViews views) {
        this.views = views;
    }

    @GetMapping("/api/kpi")
    KpiReport kpi(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String bucket, @RequestParam(required = false) String station,
            @RequestParam(required = false) String engineer, @RequestParam(required = false) String type,
            @RequestParam(required = false) String channel) {
        return views.report(views.query(from, to, bucket, station, engineer, type, channel));
    }

    // Each read below is served twice: under /api/kpi (HTTP Basic) and under /dashboard (the page's
    // session); same service, same scope.
    @GetMapping({"/api/kpi/orders", "/dashboard/orders"})
    List<OrderRow> orders(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station, @RequestParam(required = false) String engineer,
            @RequestParam(required = false) String type, @RequestParam(required = false) String channel) {
        return views.orders(views.query(from, to, null, station, engineer, type, channel));
    }

    /** Drill-down: an engineer's points and fines of the period from the appraisal ledger. */
    @GetMapping({"/api/kpi/deductions", "/dashboard/deductions"})
    List<com.opsflow.appraisal.LedgerEntry> deductions(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String engineer) {
        return views.deductions(views.query(from, to, null, null, engineer, null, null));
    }

    @GetMapping({"/api/kpi/export.xlsx", "/dashboard/export.xlsx"})
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String bucket, @RequestParam(required = false) String station,
            @RequestParam(required = false) String engineer, @RequestParam(required = false) String type,
            @RequestParam(required = false) String channel) {
        KpiQuery q = views.query(from, to, bucket, station, engineer, type, channel);
        return Downloads.xlsx("kpi-" + q.from() + "_" + q.to() + ".xlsx", views.tables(q), views.zone());
    }

    @GetMapping({"/api/kpi/export.csv", "/dashboard/export.csv"})
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String table, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String bucket,
            @RequestParam(required = false) String station, @RequestParam(required = false) String engineer,
            @RequestParam(required = false) String type, @RequestParam(required = false) String channel) {
        KpiQuery q = views.query(from, to, bucket, station, engineer, type, channel);
        return Downloads.csv("kpi-" + table + "-" + q.from() + "_" + q.to() + ".csv", views.table(q, table), views.zone());
    }

    /** K-6: one workbook per month, standards → monitoring → appraisal. */
    @GetMapping("/api/reports/appraisal/{month}.xlsx")
    ResponseEntity<byte[]> monthlyAppraisal(@PathVariable String month, @RequestParam(required = false) String station) {
        return Downloads.xlsx("appraisal-" + month + ".xlsx", views.monthlyAppraisal(month, station), views.zone());
    }
}
