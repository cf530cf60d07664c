package com.opsflow.staff.process;

import static com.opsflow.staff.process.UnreachableManagerProcess.*;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StationLeads;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.staff.internal.UnreachableReports;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * R-AP-5 where it happens: complete listener ({@code ${reportUnreachableManager}}) of the
 * escalation steps of R-WO-2. A form that ticks "電話聯系不上" for a manager, with the time tried,
 * starts an {@code unreachable-manager} report for that manager's superior to confirm. The
 * managers and the form fields, by convention of the escalation forms:
 * <ul>
 * <li>{@code opsManagerUnreachable}, {@code opsManagerTriedAt}, {@code opsManagerHowTried}: the ops
 * manager (variable {@code opsManager}, else the department's);</li>
 * <li>{@code stationManager…} and {@code stationHead…}: the order's station manager and head
 * (variables {@code stationManager}, {@code stationHead}, else those of the variable {@code station}).</li>
 * </ul>
 * Someone not on the phone duty (not a group leader or above) is not reported. Once per task and
 * person: the report's business key is the task id and the person, looked up before starting.
 */
@Component("reportUnreachableManager")
public class ReportUnreachableManager implements TaskListener {

    record Callee(String prefix, String role, Function<DelegateTask, Optional<String>> who) {
    }

    private final StaffDirectory directory;
    private final UnreachableReports reports;
    private final List<Callee> callees;

    public ReportUnreachableManager(StaffDirectory directory, UnreachableReports reports) {
        this.directory = directory;
        this.reports = reports;
        this.callees = List.of(
                new Callee("opsManager", "運營部經理", task -> variable(task, "opsManager").or(directory::opsManager)),
                new Callee("stationManager", "區站經理",
                        task -> variable(task, "stationManager").or(() -> station(task).map(StationLeads::manager))),
                new Callee("stationHead", "站長",
                        task -> variable(task, "stationHead").or(() -> station(task).map(StationLeads::head))));
    }

    @Override
    public void notify(DelegateTask task) {
        var identity = task.getProcessEngineServices().getIdentityService();
        var current = identity.getCurrentAuthentication();
        String reporter = current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
        for (Callee callee : callees) {
            if (!Boolean.TRUE.equals(flag(task.getVariable(callee.prefix() + "Unreachable")))) {
                continue;
            }
            String who = callee.who().apply(task)
                    .orElseThrow(() -> TaskInputRefused.because("找不到" + callee.role() + " / no " + callee.prefix()));
            if (!reports.onPhoneDuty(who)) {
                continue; // R-AP-5 binds group leaders and above only
            }
            String businessKey = "R-AP-5:" + task.getId() + ":" + who;
            var runtime = task.getProcessEngineServices().getRuntimeService();
            if (task.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(KEY).processInstanceBusinessKey(businessKey).count() > 0) {
                continue;
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put(VAR_UNREACHABLE, who);
            vars.put(VAR_TRIED_AT, task.getVariable(callee.prefix() + "TriedAt"));
            Object how = task.getVariable(callee.prefix() + "HowTried");
            vars.put(VAR_HOW_TRIED, how == null || how.toString().isBlank() ? "電話聯系不上" : how);
            vars.put(VAR_REPORTER, reporter);
            // the response deadline's business key is its order's number (no orderNo variable since 1.5.0)
            Object orderNo = task.getVariable("orderNo") != null ? task.getVariable("orderNo")
                    : task.getExecution().getProcessBusinessKey();
            vars.put(VAR_SOURCE, (orderNo == null ? "" : "工單 " + orderNo + " ") + "升級步驟「" + task.getName() + "」");
            runtime.startProcessInstanceByKey(KEY, businessKey, vars);
        }
    }

    private static Optional<String> variable(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    private Optional<StationLeads> station(DelegateTask task) {
        Object station = task.getVariable("station");
        return station == null ? Optional.empty() : directory.stationLeads(station.toString());
    }

    private static Boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && "true".equals(value.toString());
    }
}
