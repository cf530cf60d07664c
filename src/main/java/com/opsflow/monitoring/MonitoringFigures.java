package com.opsflow.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the dashboard shows of the monitoring sites (R-MS-1, R-MS-3, K-4): overdue work and data upload completeness. */
public interface MonitoringFigures {

    /** The figures of one station's sites, or of every site when {@code station} is empty, for inspections of weeks in [from, to]. */
    Figures figures(Optional<String> station, LocalDate from, LocalDate to);

    /**
     * @param overdueInspections  open inspections past their deadline (R-MS-1), oldest first
     * @param overdueCalibrations calibrations not done by their due date, open or done late (R-MS-3, counted in K-4)
     * @param inspectionsDone     inspections of the period recorded
     * @param uploadComplete      of those, the ones whose data upload was complete (document 2, K-4)
     * @param uploadCompleteness  uploadComplete / inspectionsDone, null when none was recorded
     */
    record Figures(List<Overdue> overdueInspections, List<Overdue> overdueCalibrations, int inspectionsDone,
            int uploadComplete, Double uploadCompleteness, int openFaults) {
    }

    /** One overdue piece of work: the site, what (week or instrument), who, since when. */
    record Overdue(String siteCode, String siteName, String what, String engineer, Instant dueAt, boolean open) {
    }
}
