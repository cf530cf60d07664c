package com.opsflow.monitoring.process;

import static com.opsflow.monitoring.process.Answers.text;

import com.opsflow.monitoring.RecordKind;
import com.opsflow.monitoring.internal.FaultReports;
import com.opsflow.monitoring.internal.JdbcSiteRecords;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** R-MS-2, R-MS-4: the reported fault is repaired: a repair record, and the fault report closed. Once. */
@Component("recordSiteRepair")
public class RecordSiteRepair implements JavaDelegate {

    private final JdbcSiteRecords records;
    private final FaultReports faults;

    public RecordSiteRepair(JdbcSiteRecords records, FaultReports faults) {
        this.records = records;
        this.faults = faults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String instance = execution.getProcessInstanceId();
        String by = text(execution.getVariable("completedBy"));
        Instant at = ClockUtil.getCurrentTime().toInstant();
        String action = text(execution.getVariable("repairAction"));
        records.write(text(execution.getVariable(MonitoringProcesses.VAR_SITE)), RecordKind.REPAIR, by, at,
                "故障維修：" + text(execution.getVariable("faultDescription")) + " → " + action,
                text(execution.getVariable("repairReadings")), text(execution.getVariable("repairRemarks")), instance + ":repair");
        faults.repaired(instance + ":fault", by, at, action);
    }
}
