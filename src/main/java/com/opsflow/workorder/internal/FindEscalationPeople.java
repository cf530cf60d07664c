package com.opsflow.workorder.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.StationLeads;
import com.opsflow.platform.CallingProcesses;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The people of a missed contact's escalation ({@code ${findEscalationPeople}}, R-WO-2/3): the
 * customer-service agent who took the order (the calling order's {@code csAgent}), the ops manager
 * the agent must tell, and the manager and head of the order's station the ops manager must tell,
 * who are fined with the engineer, the agent and himself when nobody calls the user (R-WO-3). Found
 * when the escalation starts, the managers from the organisation as it is then, and set as variables
 * of the response-deadline process ({@code csAgent}, {@code opsManager}, {@code stationManager},
 * {@code stationHead}) for its tasks, mails, fines and the phone duty of R-AP-5.
 *
 * <p>Why here and not at intake (issue 19): most orders are contacted in time, and copying three
 * people into every order and every called process cost a runtime row, a history row, a detail row
 * and a delete each. An order whose model still passes them (before 1.3.0) keeps what it passed,
 * as does a response deadline started with them (its scenario tests).
 * The station is the order's, from its row (which the escalation's mails read in the same
 * transaction), else from the calling order's {@code station} variable.
 */
@Component("findEscalationPeople")
public class FindEscalationPeople implements JavaDelegate {

    private final StaffDirectory directory;
    private final OrderRecords records;

    public FindEscalationPeople(StaffDirectory directory, OrderRecords records) {
        this.directory = directory;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        if (!instance.hasVariable("csAgent")) {
            Object agent = CallingProcesses.variable(execution, "csAgent");
            if (agent == null) {
                throw new IllegalStateException("工單 " + OrderDataExpressions.numberOf(execution)
                        + " 沒有受理客服 / the order has no customer-service agent (csAgent)");
            }
            instance.setVariable("csAgent", agent);
        }
        if (!instance.hasVariable("opsManager")) {
            instance.setVariable("opsManager", directory.opsManager().orElseThrow(() -> new IllegalStateException(
                    "組織資料未指定運營部經理 / the department has no ops manager (PUT /api/organisation/ops-manager)")));
        }
        if (instance.hasVariable("stationManager") && instance.hasVariable("stationHead")) {
            return;
        }
        String stationId = station(execution);
        StationLeads station = stationId == null ? null : directory.stationLeads(stationId).orElse(null);
        if (station == null) {
            throw new IllegalStateException("查無工單 " + OrderDataExpressions.numberOf(execution) + " 的區站 / the order's station is unknown: "
                    + stationId);
        }
        if (!instance.hasVariable("stationManager")) {
            instance.setVariable("stationManager", station.manager());
        }
        if (!instance.hasVariable("stationHead")) {
            instance.setVariable("stationHead", station.head());
        }
    }

    private String station(DelegateExecution execution) {
        String orderNo = OrderDataExpressions.numberOf(execution);
        String fromRow = orderNo == null ? null : records.find(orderNo).map(o -> o.station()).orElse(null);
        if (fromRow != null) {
            return fromRow;
        }
        Object station = CallingProcesses.variable(execution, "station");
        return station == null ? null : station.toString();
    }
}
