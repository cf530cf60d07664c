package com.opsflow.monitoring.internal;

import static com.opsflow.monitoring.process.MonitoringProcesses.CALIBRATION;
import static com.opsflow.monitoring.process.MonitoringProcesses.INSPECTION;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StationLeads;
import com.opsflow.monitoring.Instrument;
import com.opsflow.monitoring.Site;
import com.opsflow.platform.SystemUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the work that is due (R-MS-1, R-MS-3): each active site's inspection of this week — and
 * of the weeks a downtime missed, up to {@code catch-up-weeks} — and each instrument's calibration
 * when its due date is within {@code calibration-lead}. A row in {@code monitoring_inspection}
 * (unique per site and week) or {@code monitoring_calibration} (unique per instrument and due date)
 * is written in the same transaction as the process start: a second run, a retried job or a second
 * node starts nothing twice (the loser of a race fails on the unique key and its retry finds the row).
 */
@Service
public class DueWork {

    private static final Logger log = LoggerFactory.getLogger(DueWork.class);

    private final JdbcTemplate jdbc;
    private final JdbcSites sites;
    private final StaffDirectory directory;
    private final MonitoringProperties settings;
    private final InspectionWeeks weeks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public DueWork(JdbcTemplate jdbc, JdbcSites sites, StaffDirectory directory, MonitoringProperties settings,
            RuntimeService runtime, IdentityService identity) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.directory = directory;
        this.settings = settings;
        this.weeks = new InspectionWeeks(settings);
        this.runtime = runtime;
        this.identity = identity;
    }

    /** R-MS-1: starts the missing weekly inspections up to the week of {@code now}; returns their business keys. */
    @Transactional
    public List<String> startDueInspections(Instant now) {
        List<String> started = new ArrayList<>();
        sites.all().forEach(site -> started.addAll(inspectionsOf(site, now)));
        if (!started.isEmpty()) {
            log.info("R-MS-1: weekly inspections started: {}", started);
        }
        return started;
    }

    /**
     * R-MS-1, R-MS-3 for one site (a site just registered need not wait for the next schedule):
     * its missing inspections and due calibrations; returns the business keys started.
     */
    @Transactional
    public List<String> startDueWorkOf(String siteCode, Instant now) {
        Site site = sites.require(siteCode);
        List<String> started = new ArrayList<>(inspectionsOf(site, now));
        started.addAll(calibrationsOf(site, now));
        return started;
    }

    private List<String> inspectionsOf(Site site, Instant now) {
        List<String> started = new ArrayList<>();
        if (!site.active()) {
            return started;
        }
        LocalDate thisMonday = weeks.mondayOf(now);
        LocalDate first = thisMonday.minusWeeks(settings.catchUpWeeks() - 1L);
        LocalDate siteFirst = InspectionWeeks.mondayOf(site.inspectionsFrom());
        for (LocalDate monday = first.isBefore(siteFirst) ? siteFirst : first; !monday.isAfter(thisMonday);
                monday = monday.plusWeeks(1)) {
            startInspection(site, monday, now).ifPresent(started::add);
        }
        return started;
    }

    private java.util.Optional<String> startInspection(Site site, LocalDate monday, Instant now) {
        String week = InspectionWeeks.label(monday);
        if (jdbc.queryForObject("select count(*) from monitoring_inspection where site_code = ? and week = ?", Integer.class,
                site.code(), week) > 0) {
            return java.util.Optional.empty();
        }
        Instant due = weeks.dueAt(monday);
        jdbc.update("insert into monitoring_inspection (site_code, week, engineer, due_at, started_at) values (?,?,?,?,?)",
                site.code(), week, site.engineer(), Timestamp.from(due), Timestamp.from(now));
        String businessKey = site.code() + "/" + week;
        Map<String, Object> vars = siteVariables(site);
        vars.put("week", week);
        vars.put("dueAt", java.util.Date.from(due));
        vars.put("dueText", weeks.shown(due));
        vars.put("reminderAt", java.util.Date.from(weeks.reminderAt(monday)));
        ProcessInstance instance = SystemUser.call(identity,
                () -> runtime.startProcessInstanceByKey(INSPECTION, businessKey, vars));
        jdbc.update("update monitoring_inspection set process_instance_id = ? where site_code = ? and week = ?",
                instance.getId(), site.code(), week);
        return java.util.Optional.of(businessKey);
    }

    /** R-MS-3: starts a calibration for each instrument due within the lead time and not under calibration; returns the keys. */
    @Transactional
    public List<String> startDueCalibrations(Instant now) {
        List<String> started = new ArrayList<>();
        sites.all().forEach(site -> started.addAll(calibrationsOf(site, now)));
        if (!started.isEmpty()) {
            log.info("R-MS-3: calibrations started: {}", started);
        }
        return started;
    }

    private List<String> calibrationsOf(Site site, Instant now) {
        List<String> started = new ArrayList<>();
        if (!site.active()) {
            return started;
        }
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        LocalDate horizon = today.plus(settings.calibrationLead());
        for (Instrument instrument : site.instruments()) {
            LocalDate due = instrument.nextCalibrationDue();
            if (due.isAfter(horizon) || jdbc.queryForObject("select count(*) from monitoring_calibration where site_code = ? "
                    + "and instrument_code = ? and (completed_at is null or due_on = ?)", Integer.class, site.code(),
                    instrument.code(), Date.valueOf(due)) > 0) {
                continue;
            }
            jdbc.update("insert into monitoring_calibration (site_code, instrument_code, due_on, engineer, started_at) "
                    + "values (?,?,?,?,?)", site.code(), instrument.code(), Date.valueOf(due), site.engineer(),
                    Timestamp.from(now));
            String businessKey = site.code() + "/" + instrument.code() + "/" + due;
            Map<String, Object> vars = siteVariables(site);
            vars.put("instrumentCode", instrument.code());
            vars.put("instrumentName", instrument.name());
            vars.put("intervalDays", instrument.calibrationIntervalDays());
            vars.put("lastCalibratedOn", instrument.lastCalibratedOn() == null ? "未曾校準" : instrument.lastCalibratedOn().toString());
            vars.put("dueOn", due.toString());
            // due by the end of the due day
            vars.put("dueAt", java.util.Date.from(due.plusDays(1).atStartOfDay(settings.zone()).toInstant()));
            ProcessInstance instance = SystemUser.call(identity,
                    () -> runtime.startProcessInstanceByKey(CALIBRATION, businessKey, vars));
            jdbc.update("update monitoring_calibration set process_instance_id = ? where site_code = ? and instrument_code = ? "
                    + "and due_on = ?", instance.getId(), site.code(), instrument.code(), Date.valueOf(due));
            started.add(businessKey);
        }
        return started;
    }

    private Map<String, Object> siteVariables(Site site) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("siteCode", site.code());
        vars.put("siteName", site.name());
        vars.put("siteAddress", site.address());
        vars.put("stationName", directory.stationLeads(site.station()).map(StationLeads::name).orElse(site.station()));
        vars.put("engineer", site.engineer());
        vars.put("engineerName", directory.displayName(site.engineer()));
        vars.put("stationHead", stationHead(site));
        return vars;
    }

    /** The engineer's superior for R-MS-1 and R-MS-4: the station's head, else the ops manager. */
    String stationHead(Site site) {
        return directory.stationLeads(site.station()).map(StationLeads::head).filter(h -> h != null && !h.isBlank())
                .or(directory::opsManager).orElse(site.engineer());
    }
}
