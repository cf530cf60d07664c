package com.opsflow.monitoring.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What happened to a started inspection or calibration, for the dashboard (R-MS-1, R-MS-3, K-4). First write wins. */
@Service
public class WorkRows {

    private final JdbcTemplate jdbc;

    public WorkRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void inspectionDone(String siteCode, String week, String by, Instant at, boolean uploadComplete, boolean faultFound) {
        jdbc.update("update monitoring_inspection set completed_at = ?, completed_by = ?, upload_complete = ?, fault_found = ? "
                + "where site_code = ? and week = ? and completed_at is null", Timestamp.from(at), by, uploadComplete,
                faultFound, siteCode, week);
    }

    public void calibrationDone(String siteCode, String instrumentCode, LocalDate dueOn, String by, Instant at) {
        jdbc.update("update monitoring_calibration set completed_at = ?, completed_by = ? where site_code = ? "
                + "and instrument_code = ? and due_on = ? and completed_at is null", Timestamp.from(at), by, siteCode,
                instrumentCode, Date.valueOf(dueOn));
    }

    public void calibrationEscalated(String siteCode, String instrumentCode, LocalDate dueOn, Instant at) {
        jdbc.update("update monitoring_calibration set escalated_at = ? where site_code = ? and instrument_code = ? "
                + "and due_on = ? and escalated_at is null", Timestamp.from(at), siteCode, instrumentCode, Date.valueOf(dueOn));
    }
}
