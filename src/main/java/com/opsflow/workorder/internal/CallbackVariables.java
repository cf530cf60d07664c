package com.opsflow.workorder.internal;

import com.opsflow.workorder.DeadlineProperties;
import com.opsflow.workorder.WorkOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * What an order and its callback pass each other beyond the call activity's {@code camunda:in}
 * mappings ({@code camunda:variableMappingDelegateExpression="${callbackVariables}"} on the order
 * models' callback call activity since 1.4.0), only where there is something to pass (issue 19:
 * every variable costs a runtime row, a history row, a detail row and a delete):
 * <ul>
 * <li>in: {@code appearanceChecked} = true when R-WO-9 covers the order's visit
 * ({@code opsflow.deadlines.appearance-types}, installations by default); no variable otherwise, so
 * the callback form hides the appearance checklist and no breach of it is looked for;</li>
 * <li>out: {@code complaint} = true when the customer complained (K-1, R-WO-10); nothing on the
 * happy path, where the KPI report reads a missing {@code complaint} as none (the order models 1.6.0
 * no longer map it out with {@code camunda:out}: a variable, its history, its detail and its delete
 * per order);</li>
 * <li>out: a verified complaint's {@code staffFault} (R-WO-10), as {@link ReturnComplaintVerdict},
 * which models before 1.4.0 name.</li>
 * </ul>
 */
@Component("callbackVariables")
public class CallbackVariables implements DelegateVariableMapping {

    private final DeadlineProperties deadlines;
    private final ReturnComplaintVerdict verdict = new ReturnComplaintVerdict();

    public CallbackVariables(DeadlineProperties deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
        if (deadlines.appearanceApplies(CallingOrder.orderType(superExecution).name())) {
            subVariables.put("appearanceChecked", true);
        }
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
        Object complaint = subInstance.getVariable(WorkOrderProcess.VAR_COMPLAINT);
        if (Boolean.TRUE.equals(complaint) || "true".equals(complaint)) {
            superExecution.setVariable(WorkOrderProcess.VAR_COMPLAINT, true);
        }
        verdict.mapOutputVariables(superExecution, subInstance);
    }
}
