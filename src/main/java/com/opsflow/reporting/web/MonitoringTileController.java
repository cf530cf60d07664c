package com.opsflow.reporting.web;

import com.opsflow.monitoring.MonitoringFigures;
import com.opsflow.platform.CurrentUser;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.internal.KpiViews;
import com.opsflow.reporting.internal.ReportScope;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's section 環境監測站點 (R-MS-1, R-MS-3, K-4): overdue inspections and calibrations,
 * data upload completeness and open faults, for the dashboard's period and the caller's station
 * scope (the same scope as every other figure of the dashboard). Read from the monitoring module's API.
 */
@RestController
class MonitoringTileController {

    private final KpiViews views;
    private final ReportScope scope;
    private final MonitoringFigures figures;

    MonitoringTileController(KpiViews views, ReportScope scope, MonitoringFigures figures) {
        this.views = views;
        this.scope = scope;
        this.figures = figures;
    }

    @GetMapping("/dashboard/monitoring")
    MonitoringFigures.Figures monitoring(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station) {
        KpiQuery query = scope.restrict(views.query(from, to, null, station, null, null, null), CurrentUser.get());
        return figures.figures(Optional.ofNullable(query.station()), query.from(), query.to());
    }
}
