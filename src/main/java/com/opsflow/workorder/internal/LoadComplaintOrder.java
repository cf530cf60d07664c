package com.opsflow.workorder.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.workorder.DeadlineProperties;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderType;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * First step of a complaint ({@code ${loadComplaintOrder}}, R-WO-10): finds the order the complaint
 * is about by its number and copies what the verification needs — the order's type, customer and
 * people — into the complaint. The person at fault defaults to the order's engineer; the ops
 * manager may name anyone else (customer service, the station head …). An unknown order number
 * is refused, so no complaint is recorded against nothing.
 */
@Component("loadComplaintOrder")
public class LoadComplaintOrder implements JavaDelegate {

    static final List<String> COPIED = List.of("orderType", "orderTypeName", "customerName", "customerPhone", "address",
            "description", "station", "stationName", "engineer", "engineerName", "csAgent", "stationHead", "stationManager",
            "workDeadline", "appointmentText");

    /** Read besides: the appointment, whose text the complaint shows (orders since 1.3.0 keep no text). */
    private static final String APPOINTMENT = WorkOrderProcess.VAR_APPOINTMENT;

    private final StaffDirectory directory;
    private final OrderRecords records;
    private final DeadlineProperties deadlines;

    public LoadComplaintOrder(StaffDirectory directory, OrderRecords records, DeadlineProperties deadlines) {
        this.directory = directory;
        this.records = records;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderNo = PrepareWorkOrder.text(execution, "orderNo");
        if (orderNo == null) {
            orderNo = execution.getProcessBusinessKey();
        }
        if (orderNo == null || orderNo.isBlank()) {
            throw TaskInputRefused.because("請填寫投訴的工單號 / the complaint needs an order number");
        }
        orderNo = orderNo.trim();
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        HistoricProcessInstance order = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new))
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst()
                .orElseThrow(() -> TaskInputRefused.because("查無此工單 / unknown order"));
        Map<String, Object> vars = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(order.getId())
                .variableNameIn(Stream.concat(COPIED.stream(), Stream.of(APPOINTMENT))
                        .toArray(String[]::new)).list()) {
            vars.putIfAbsent(v.getName(), v.getValue());
        }
        // the type's, station's and engineer's names are in the order's row, not variables (issue 19)
        records.find(orderNo).ifPresent(o -> o.values().forEach((name, value) -> {
            if (COPIED.contains(name)) {
                vars.putIfAbsent(name, value);
            }
        }));
        // orders since 1.3.0 keep neither the station's people (found only when a contact escalates)
        // nor the appointment's text (issue 19)
        if ((vars.get("stationHead") == null || vars.get("stationManager") == null) && vars.get("station") != null) {
            directory.stationLeads(vars.get("station").toString()).ifPresent(s -> {
                vars.putIfAbsent("stationHead", s.head());
                vars.putIfAbsent("stationManager", s.manager());
            });
        }
        if (vars.get("appointmentText") == null) {
            // an older order's own variable, else (models since 1.5.0) its response-deadline process's
            Optional<Date> appointment = vars.get(APPOINTMENT) instanceof Date d ? Optional.of(d) : AgreedVisit.of(history, order);
            appointment.ifPresent(date -> vars.put("appointmentText", deadlines.text(date)));
        }
        execution.setVariable("orderNo", orderNo);
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(orderNo);
        }
        for (String name : COPIED) {
            if (vars.get(name) != null) {
                execution.setVariable(name, vars.get(name));
            }
        }
        if (vars.get("orderType") == null) {
            execution.setVariable("orderType", WorkOrderType.ofProcessKey(order.getProcessDefinitionKey()).name());
        }
        if (execution.getVariable("faultStaff") == null && vars.get("engineer") != null) {
            execution.setVariable("faultStaff", vars.get("engineer"));
        }
        execution.setVariable("orderPeople", people(vars));
        execution.setVariable("lateVisit", false);
    }

    /** "工程師 王小明 (eng-east-1)、客服 許淑芬 (cs-1)…": whom the ops manager may name as at fault. */
    private String people(Map<String, Object> vars) {
        Set<String> lines = new LinkedHashSet<>();
        Map<String, String> roles = Map.of("engineer", "工程師", "csAgent", "客服", "stationHead", "站長", "stationManager", "區站經理");
        List<String> order = new ArrayList<>(List.of("engineer", "csAgent", "stationHead", "stationManager"));
        for (String role : order) {
            Object id = vars.get(role);
            if (id != null && !id.toString().isBlank()) {
                lines.add(roles.get(role) + " " + directory.displayName(id.toString()) + " (" + id + ")");
            }
        }
        return String.join("、", lines);
    }
}
