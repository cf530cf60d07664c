package com.opsflow.monitoring.process;

import static com.opsflow.monitoring.process.Answers.text;
import static com.opsflow.monitoring.process.Answers.yes;

import com.opsflow.monitoring.RecordKind;
import com.opsflow.monitoring.internal.JdbcSiteRecords;
import com.opsflow.monitoring.internal.WorkRows;
import java.time.Instant;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * R-MS-2: the completed checklist becomes the site's inspection record (and a reagent replacement
 * record, and a repair record for a fault fixed on site); the week's inspection is marked done with
 * its data upload answer (K-4). Each record once per process instance (a retry writes nothing).
 * Out: {@code faultNeedsReport} (R-MS-4: a fault not fixed on site).
 */
@Component("recordInspection")
public class RecordInspection implements JavaDelegate {

    private final JdbcSiteRecords records;
    private final WorkRows rows;

    public RecordInspection(JdbcSiteRecords records, WorkRows rows) {
        this.records = records;
        this.rows = rows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String site = text(execution.getVariable(MonitoringProcesses.VAR_SITE));
        String week = text(execution.getVariable(MonitoringProcesses.VAR_WEEK));
        String by = text(execution.getVariable("completedBy"));
        Instant at = ClockUtil.getCurrentTime().toInstant();
        String instance = execution.getProcessInstanceId();
        String fault = text(execution.getVariable("faultFound"));

        StringJoiner checklist = new StringJoiner("；");
        CheckSiteAnswers.CHECKLIST.forEach((variable, label) -> checklist.add(label + "：" + Answers.yesNo(execution.getVariable(variable))));
        checklist.add("更換試劑：" + Answers.yesNo(execution.getVariable("reagentReplaced")));
        checklist.add("故障：" + switch (fault) {
            case "fixed" -> "已現場排除";
            case "unfixed" -> "無法現場排除，已上報";
            default -> "無";
        });
        String remarks = text(execution.getVariable("remarks"));
        if (!"none".equals(fault)) {
            remarks = ("故障情況：" + text(execution.getVariable("faultDescription")) + (remarks.isEmpty() ? "" : "\n" + remarks));
        }
        records.write(site, RecordKind.INSPECTION, by, at, week + " 例行巡檢（" + checklist + "）",
                text(execution.getVariable("readings")), remarks, instance + ":inspection");
        if (yes(execution.getVariable("reagentReplaced"))) {
            records.write(site, RecordKind.REAGENT, by, at, "巡檢時更換試劑：" + text(execution.getVariable("reagentDetail")), null,
                    week + " 例行巡檢", instance + ":reagent");
        }
        if ("fixed".equals(fault)) {
            records.write(site, RecordKind.REPAIR, by, at, "巡檢時現場排除故障：" + text(execution.getVariable("faultDescription")),
                    null, week + " 例行巡檢", instance + ":onsite-repair");
        }
        rows.inspectionDone(site, week, by, at, yes(execution.getVariable("dataUploadComplete")), !"none".equals(fault));
        execution.setVariable(MonitoringProcesses.VAR_FAULT_NEEDS_REPORT, "unfixed".equals(fault));
    }
}
