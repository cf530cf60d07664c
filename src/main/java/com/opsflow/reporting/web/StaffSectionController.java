package com.opsflow.reporting.web;

import com.opsflow.reporting.StaffSection;
import com.opsflow.reporting.internal.KpiViews;
import com.opsflow.reporting.internal.StaffSections;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's staff sections (K-4: staff without a signed agreement, R-SE-4; K-5: qualifications
 * and training): {@code /dashboard/staff} for the page's session, {@code /api/kpi/staff} for other
 * systems; both in the KPIs' scope (managers only, a station's manager or head their station).
 */
@RestController
class StaffSectionController {

    private final KpiViews views;
    private final StaffSections sections;

    StaffSectionController(KpiViews views, StaffSections sections) {
        this.views = views;
        this.sections = sections;
    }

    @GetMapping({"/dashboard/staff", "/api/kpi/staff"})
    StaffSection staff(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station, @RequestParam(required = false) String engineer) {
        return sections.section(views.query(from, to, null, station, engineer, null, null));
    }
}
