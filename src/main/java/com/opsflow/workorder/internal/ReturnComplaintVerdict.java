package com.opsflow.workorder.internal;

import com.opsflow.workorder.WorkOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The callback's complaint verdict back to the order
 * ({@code camunda:variableMappingDelegateExpression="${returnComplaintVerdict}"} on the order's
 * callback call activity, beside its {@code camunda:in} / {@code camunda:out} mappings): the verified
 * complaint's {@code staffFault} (R-WO-10), which the KPI report reads on the order, only when the
 * callback has one. A {@code camunda:out} mapping would write it on every order, as a null variable
 * on the happy path, for a runtime row, a history row, a detail row and a delete (issue 19).
 */
@Component("returnComplaintVerdict")
public class ReturnComplaintVerdict implements DelegateVariableMapping {

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
        // the call activity's camunda:in mappings give the callback what it needs
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
        Object verdict = subInstance.getVariable(WorkOrderProcess.VAR_STAFF_FAULT);
        if (verdict != null) {
            superExecution.setVariable(WorkOrderProcess.VAR_STAFF_FAULT, verdict);
        }
    }
}
