package com.opsflow.workorder.internal;

import com.opsflow.workorder.WorkOrderProcess;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The visit agreed with the customer when the engineer called ({@code appointment}, R-WO-1). It is
 * kept where the contact task recorded it, in the order's {@code response-deadline} process:
 * orders since the models 1.5.0 do not copy it back to the order (issue 19: a variable, its
 * history and its deletion per order that nothing in the order's own flow reads). Older orders hold
 * it as their own variable, which their readers find first.
 */
final class AgreedVisit {

    private AgreedVisit() {
    }

    /** The appointment recorded by {@code order}'s contact task, if it was contacted. Two queries. */
    static Optional<Date> of(HistoryService history, HistoricProcessInstance order) {
        return in(history, history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(order.getBusinessKey())
                .processDefinitionKey(WorkOrderProcess.RESPONSE_DEADLINE).list().stream()
                .filter(i -> order.getId().equals(i.getRootProcessInstanceId())).map(HistoricProcessInstance::getId)
                .toArray(String[]::new));
    }

    /** The latest appointment recorded in these {@code response-deadline} instances. One query, none for none. */
    static Optional<Date> in(HistoryService history, String... responseDeadlines) {
        if (responseDeadlines.length == 0) {
            return Optional.empty();
        }
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(responseDeadlines).variableName(WorkOrderProcess.VAR_APPOINTMENT)
                .list().stream().filter(v -> v.getValue() instanceof Date)
                .max(Comparator.comparing(HistoricVariableInstance::getCreateTime))
                .map(v -> (Date) v.getValue());
    }
}
