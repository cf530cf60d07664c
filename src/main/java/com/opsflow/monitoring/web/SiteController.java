package com.opsflow.monitoring.web;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.monitoring.MonitoringFigures;
import com.opsflow.monitoring.Site;
import com.opsflow.monitoring.SiteInput;
import com.opsflow.monitoring.Sites;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.NotFoundException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The site register (R-MS-1…4): everyone in operations reads it, the ops manager keeps it. */
@RestController
@RequestMapping("/api/sites")
class SiteController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SiteController.class);

    private final Sites sites;
    private final MonitoringFigures figures;
    private final StaffDirectory directory;
    private final com.opsflow.monitoring.internal.MonitoringProperties settings;

    private final com.opsflow.monitoring.internal.DueWork dueWork;

    SiteController(Sites sites, MonitoringFigures figures, StaffDirectory directory,
            com.opsflow.monitoring.internal.MonitoringProperties settings, com.opsflow.monitoring.internal.DueWork dueWork) {
        this.dueWork = dueWork;
        this.settings = settings;
        this.sites = sites;
        this.figures = figures;
        this.directory = directory;
    }

    @GetMapping
    List<Site> list() {
        SiteAccess.reader();
        return sites.all();
    }

    @GetMapping("/{code}")
    Site get(@PathVariable String code) {
        SiteAccess.reader();
        return sites.find(code).orElseThrow(() -> new NotFoundException("查無此站點 / no site " + code));
    }

    @PostMapping
    ResponseEntity<Site> register(@RequestBody(required = false) SiteInput input) {
        CurrentUser user = SiteAccess.keeper();
        Site site = sites.register(input, user.id());
        // R-MS-1, R-MS-3: a new site's inspection of this week (and any calibration due) starts now;
        // should that fail, the site stays registered and the daily schedule starts it
        try {
            dueWork.startDueWorkOf(site.code(), ClockUtil.getCurrentTime().toInstant());
        } catch (RuntimeException e) {
            log.warn("R-MS-1: work of the new site {} not started now, the schedule will: {}", site.code(), e.toString());
        }
        return ResponseEntity.created(URI.create("/api/sites/" + site.code())).body(site);
    }

    @PutMapping("/{code}")
    Site update(@PathVariable String code, @RequestBody(required = false) SiteInput input) {
        CurrentUser user = SiteAccess.keeper();
        return sites.update(code, input, user.id());
    }

    /**
     * Overdue inspections and calibrations and data upload completeness (R-MS-1, R-MS-3, K-4) of
     * the weeks in [from, to] (default: the last four weeks); a station manager or head sees their station.
     */
    @GetMapping("/figures")
    MonitoringFigures.Figures figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String station) {
        CurrentUser user = SiteAccess.manager();
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), settings.zone());
        LocalDate end = day("to", to, today);
        LocalDate start = day("from", from, end.minusWeeks(4));
        if (start.isAfter(end)) {
            throw new BadRequestException("開始日期不可晚於結束日期 / from after to", Map.of("from", "晚於結束日期 / after to"));
        }
        Optional<String> scope = Optional.ofNullable(station).filter(s -> !s.isBlank());
        if (!user.inAnyGroup(Groups.OPS_MANAGER, Groups.BUREAU_HEAD, Groups.ADMIN)) {
            scope = directory.stationOf(user.id()).map(com.opsflow.identity.Station::id);
        }
        return figures.figures(scope, start, end);
    }

    static LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("日期格式應為 yyyy-MM-dd / date must be yyyy-MM-dd", Map.of(field, "yyyy-MM-dd"));
        }
    }
}
