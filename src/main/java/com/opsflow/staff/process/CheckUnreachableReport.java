package com.opsflow.staff.process;

import static com.opsflow.staff.process.UnreachableManagerProcess.*;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.staff.internal.UnreachableReports;
import com.opsflow.staff.internal.UnreachableReports.Checked;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-AP-5 ({@code ${checkUnreachableReport}}): checks a report of an unreachable manager (a group
 * leader or above, the time tried, how) and finds who confirms it; bad input refuses the start
 * (HTTP 400, no instance). Writes the names and texts the confirmation form shows.
 */
@Component("checkUnreachableReport")
public class CheckUnreachableReport implements JavaDelegate {

    private final UnreachableReports reports;
    private final StaffDirectory directory;

    public CheckUnreachableReport(UnreachableReports reports, StaffDirectory directory) {
        this.reports = reports;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reporter = execution.getVariable(VAR_REPORTER);
        String reporterId = reporter == null ? null : reporter.toString();
        Checked checked = reports.check(execution.getVariable(VAR_UNREACHABLE), execution.getVariable(VAR_TRIED_AT),
                execution.getVariable(VAR_HOW_TRIED), reporterId);
        execution.setVariable(VAR_UNREACHABLE, checked.unreachable().id());
        execution.setVariable(VAR_UNREACHABLE_NAME, checked.unreachable().name());
        execution.setVariable(VAR_TRIED_AT, checked.triedAt());
        execution.setVariable(VAR_TRIED_AT_TEXT, checked.triedAtText());
        execution.setVariable(VAR_HOW_TRIED, checked.howTried());
        execution.setVariable(VAR_CONFIRMER, checked.confirmer());
        execution.setVariable(VAR_CONFIRMER_NAME, directory.displayName(checked.confirmer()));
        execution.setVariable(VAR_REPORTER_NAME, reporterId == null ? "" : directory.displayName(reporterId));
        if (execution.getVariable(VAR_SOURCE) == null) {
            execution.setVariable(VAR_SOURCE, "報告表");
        }
    }
}
