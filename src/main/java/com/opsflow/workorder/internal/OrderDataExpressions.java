package com.opsflow.workorder.internal;

import com.opsflow.workorder.OrderData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The order's display data in the models' expressions ({@code ${orderData.of(execution).customerName}}):
 * the escalation mails of the called processes show customer, address, station and engineer, which
 * are no longer copied into them as variables (issue 19). Read from the order's row
 * ({@link OrderRecords}, once per transaction); an order without a row (taken before the table
 * existed) falls back to the variables it still carries.
 */
@Component("orderData")
public class OrderDataExpressions {

    /** The display values a model or a form may ask for; the former variable names. */
    static final List<String> NAMES = List.of("orderNo", "orderType", "orderTypeName", "customerName", "customerPhone",
            "address", "description", "station", "stationName", "engineer", "engineerName", "contactDeadline",
            "workDeadline");

    private final OrderRecords records;

    public OrderDataExpressions(OrderRecords records) {
        this.records = records;
    }

    public Map<String, Object> of(DelegateExecution execution) {
        return of(records, execution, numberOf(execution));
    }

    static Map<String, Object> of(OrderRecords records, VariableScope scope, String orderNo) {
        Map<String, Object> values = orderNo == null ? null
                : records.find(orderNo).map(OrderData::values).orElse(null);
        if (values == null) {
            values = new LinkedHashMap<>();
            for (String name : NAMES) {
                Object value = scope.getVariable(name);
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        return values;
    }

    /**
     * The order's number in the models' texts ({@code ${orderData.orderNo(execution)}}): the called
     * processes get none as a variable since the models 1.4.0 (their business key is the order's
     * number); older callers' {@code orderNo} variable first.
     */
    public String orderNo(DelegateExecution execution) {
        return numberOf(execution);
    }

    /**
     * The order's customer-service agent ({@code ${orderData.agent(execution)}}), R-WO-3: the
     * calling order's {@code csAgent}; the callback gets no copy since its version 1.3.0 and names
     * the agent only when a complaint is recorded.
     */
    public Object agent(DelegateExecution execution) {
        return CallingOrder.ownOrCalling(execution, "csAgent");
    }

    static String numberOf(DelegateExecution execution) {
        String orderNo = PrepareWorkOrder.text(execution, "orderNo");
        return orderNo != null ? orderNo : execution.getProcessBusinessKey();
    }
}
