package com.opsflow.monitoring.process;

import static com.opsflow.monitoring.process.Answers.text;

import com.opsflow.monitoring.internal.FaultReports;
import com.opsflow.monitoring.internal.JdbcSites;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** R-MS-4: reports the fault not fixed on site to the station head and the local environmental bureau, once. */
@Component("reportSiteFault")
public class ReportSiteFault implements JavaDelegate {

    private final FaultReports faults;
    private final JdbcSites sites;

    public ReportSiteFault(FaultReports faults, JdbcSites sites) {
        this.faults = faults;
        this.sites = sites;
    }

    @Override
    public void execute(DelegateExecution execution) {
        faults.report(sites.require(text(execution.getVariable(MonitoringProcesses.VAR_SITE))),
                text(execution.getVariable(MonitoringProcesses.VAR_WEEK)), text(execution.getVariable("faultDescription")),
                text(execution.getVariable("completedBy")), text(execution.getVariable(MonitoringProcesses.VAR_STATION_HEAD)),
                ClockUtil.getCurrentTime().toInstant(), execution.getProcessInstanceId(), execution.getProcessInstanceId() + ":fault");
    }
}
