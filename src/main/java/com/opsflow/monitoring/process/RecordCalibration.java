package com.opsflow.monitoring.process;

import static com.opsflow.monitoring.process.Answers.text;

import com.opsflow.monitoring.RecordKind;
import com.opsflow.monitoring.internal.JdbcSiteRecords;
import com.opsflow.monitoring.internal.JdbcSites;
import com.opsflow.monitoring.internal.MonitoringProperties;
import com.opsflow.monitoring.internal.WorkRows;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * R-MS-3: the instrument was calibrated and verified today: a calibration record (R-MS-2), the
 * next calibration falls an interval after today, the due is marked done. Once per instance.
 */
@Component("recordCalibration")
public class RecordCalibration implements JavaDelegate {

    private final JdbcSiteRecords records;
    private final JdbcSites sites;
    private final WorkRows rows;
    private final MonitoringProperties settings;

    public RecordCalibration(JdbcSiteRecords records, JdbcSites sites, WorkRows rows, MonitoringProperties settings) {
        this.records = records;
        this.sites = sites;
        this.rows = rows;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String site = text(execution.getVariable(MonitoringProcesses.VAR_SITE));
        String instrument = text(execution.getVariable(MonitoringProcesses.VAR_INSTRUMENT));
        String by = text(execution.getVariable("completedBy"));
        Instant at = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(at, settings.zone());
        String result = "pass".equals(text(execution.getVariable("calibrationResult"))) ? "校驗合格" : "校驗不合格";
        records.write(site, RecordKind.CALIBRATION, by, at,
                text(execution.getVariable("instrumentName")) + "（" + instrument + "）校準及校驗：" + result,
                "校準前：" + text(execution.getVariable("readingsBefore")) + "；校準後：" + text(execution.getVariable("readingsAfter")),
                text(execution.getVariable("remarks")), execution.getProcessInstanceId() + ":calibration");
        sites.calibrated(site, instrument, today);
        rows.calibrationDone(site, instrument, LocalDate.parse(text(execution.getVariable("dueOn"))), by, at);
    }
}
