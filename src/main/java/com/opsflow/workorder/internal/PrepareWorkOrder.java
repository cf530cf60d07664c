package com.opsflow.workorder.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StationLeads;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.workorder.OrderData;
import com.opsflow.workorder.WorkOrderType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * First step of every order ({@code ${prepareWorkOrder}}): checks the station, names the
 * customer-service agent (R-WO-2/3: the one who took the order) and, for an order started from
 * Tasklist, allocates the order number and makes it the business key. The station's manager and
 * head and the ops manager are found only when a missed contact escalates
 * ({@link FindEscalationPeople}; models before 1.3.0 still get them here).
 * It writes the order's display data to the module's table ({@link OrderRecords}) in the same
 * transaction: the called processes' forms and mails read it there (issue 19).
 */
@Component("prepareWorkOrder")
public class PrepareWorkOrder implements JavaDelegate {

    private final StaffDirectory directory;
    private final OrderNumbers numbers;
    private final OrderRecords records;

    public PrepareWorkOrder(StaffDirectory directory, OrderNumbers numbers, OrderRecords records) {
        this.directory = directory;
        this.numbers = numbers;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        WorkOrderType type = WorkOrderType.ofProcessKey(key);
        if (ModelVersions.before(execution, 1, 4)) {
            // models before 1.4.0 read ${orderType}; later ones know their type (the process key)
            put(execution, "orderType", type.name());
        }

        String stationId = text(execution, "station");
        String orderNoGiven = text(execution, "orderNo");
        Optional<CheckedAtIntake.Checked> checked = orderNoGiven == null ? Optional.empty()
                : CheckedAtIntake.of(orderNoGiven).filter(c -> c.station().equals(stationId));
        boolean older = ModelVersions.before(execution, 1, 3);
        String stationName;
        StationLeads station = null;
        if (checked.isPresent() && !older) {
            stationName = checked.get().stationName(); // the intake has just read it
        } else {
            station = directory.stationLeads(stationId)
                    .orElseThrow(() -> TaskInputRefused.because("查無此區站 / unknown station: " + stationId));
            stationName = station.name();
        }
        // the type's and the station's names are display data: in the order's row, not variables (issue 19)
        if (older) {
            // models before 1.3.0 pass the escalation's people to the response deadline; later ones
            // find them when a missed contact escalates (findEscalationPeople)
            put(execution, "stationManager", station.manager());
            put(execution, "stationHead", station.head());
            put(execution, "opsManager", directory.opsManager()
                    .orElseThrow(() -> new IllegalStateException("組織資料未指定運營部經理 / the department has no ops manager (PUT /api/organisation/ops-manager)")));
        }

        String csAgent = text(execution, "csAgent");
        if (csAgent == null) {
            csAgent = text(execution, "initiator"); // models before 1.3.0 name the starter "initiator"
        }
        if (csAgent == null) {
            Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            csAgent = auth == null ? null : auth.getUserId();
        }
        if (csAgent == null) {
            // fail at intake, not at the escalation that must mail and fine this person (R-WO-2/3)
            throw new IllegalStateException("工單須有受理客服 / an order needs its customer-service agent (csAgent)");
        }
        put(execution, "csAgent", csAgent);
        if (text(execution, "engineer") == null) {
            put(execution, "engineer", null);
        }

        String orderNo = text(execution, "orderNo");
        if (orderNo == null) {
            String businessKey = execution.getProcessBusinessKey();
            orderNo = businessKey == null || businessKey.isBlank() ? numbers.next() : businessKey;
            execution.setVariable("orderNo", orderNo);
        }
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(orderNo);
        }
        // the REST intake hands the customer's data over (no variables); a start form gives variables
        records.created(new OrderData(orderNo, type.name(), type.label(), text(execution, "customerName"),
                checked.map(CheckedAtIntake.Checked::customerPhone).orElseGet(() -> text(execution, "customerPhone")),
                checked.map(CheckedAtIntake.Checked::address).orElseGet(() -> text(execution, "address")),
                checked.map(CheckedAtIntake.Checked::description).orElseGet(() -> text(execution, "description")),
                checked.map(CheckedAtIntake.Checked::channel).orElseGet(() -> channel(execution)),
                stationId, stationName, text(execution, "engineer"), null, null, null));
    }

    /**
     * Sets a variable only when its value changes: with full history every write costs a runtime
     * row, a history row and a detail row, so rewriting what the order already holds (the type the
     * intake gave, the agent who took it) is work for nothing.
     */
    static void put(DelegateExecution execution, String name, Object value) {
        if (!execution.hasVariable(name) || !Objects.equals(execution.getVariable(name), value)) {
            execution.setVariable(name, value);
        }
    }

    private static String channel(DelegateExecution execution) {
        String channel = text(execution, "channel");
        return channel == null ? null : channel.toUpperCase();
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
