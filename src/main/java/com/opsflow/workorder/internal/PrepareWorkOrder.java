package com.opsflow.workorder.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.TaskInputRefused;
import com.opsflow.workorder.WorkOrderType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * First step of every order ({@code ${prepareWorkOrder}}): finds the people of the order — the
 * station's manager and head, the ops manager and the customer-service agent (R-WO-2/3) — and,
 * for an order started from Tasklist, allocates the order number and makes it the business key.
 */
@Component("prepareWorkOrder")
public class PrepareWorkOrder implements JavaDelegate {

    private final StaffDirectory directory;
    private final OrderNumbers numbers;

    public PrepareWorkOrder(StaffDirectory directory, OrderNumbers numbers) {
        this.directory = directory;
        this.numbers = numbers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        WorkOrderType type = WorkOrderType.ofProcessKey(key);
        execution.setVariable("orderType", type.name());
        execution.setVariable("orderTypeName", type.label());

        String stationId = text(execution, "station");
        Station station = directory.station(stationId)
                .orElseThrow(() -> TaskInputRefused.because("查無此區站 / unknown station: " + stationId));
        execution.setVariable("stationName", station.name());
        execution.setVariable("stationManager", station.manager());
        execution.setVariable("stationHead", station.head());
        execution.setVariable("opsManager", directory.opsManager()
                .orElseThrow(() -> new IllegalStateException("組織資料未指定運營部經理 / the department has no ops manager (PUT /api/organisation/ops-manager)")));

        String csAgent = text(execution, "csAgent");
        if (csAgent == null) {
            csAgent = text(execution, "initiator");
        }
        if (csAgent == null) {
            Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            csAgent = auth == null ? null : auth.getUserId();
        }
        if (csAgent == null) {
            // fail at intake, not at the escalation that must mail and fine this person (R-WO-2/3)
            throw new IllegalStateException("工單須有受理客服 / an order needs its customer-service agent (csAgent)");
        }
        execution.setVariable("csAgent", csAgent);
        if (text(execution, "engineer") == null) {
            execution.setVariable("engineer", null);
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
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
