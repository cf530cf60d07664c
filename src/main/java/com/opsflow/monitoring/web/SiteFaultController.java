package com.opsflow.monitoring.web;

import com.opsflow.monitoring.Sites;
import com.opsflow.monitoring.internal.FaultReports;
import com.opsflow.monitoring.internal.FaultReports.Fault;
import com.opsflow.platform.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** R-MS-4: the fault reports of a site, as stored when they were sent, with their repair. */
@RestController
class SiteFaultController {

    private final Sites sites;
    private final FaultReports faults;

    SiteFaultController(Sites sites, FaultReports faults) {
        this.sites = sites;
        this.faults = faults;
    }

    @GetMapping("/api/sites/{code}/faults")
    List<Fault> list(@PathVariable String code) {
        SiteAccess.reader();
        return faults.of(sites.find(code).orElseThrow(() -> new NotFoundException("查無此站點 / no site " + code)).code());
    }
}
