package com.opsflow.workorder.internal;

import com.opsflow.platform.CallingProcesses;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The order that called a process (response deadline, callback): what its steps read of the order
 * instead of being given copies (issue 19), through the call activity's execution.
 */
final class CallingOrder {

    private CallingOrder() {
    }

    /** The process's own variable when it was given one (models before 1.3.0 pass copies), else the calling order's. */
    static Object ownOrCalling(DelegateExecution execution, String name) {
        Object own = execution.getVariable(name);
        return own != null ? own : CallingProcesses.variable(execution, name);
    }

    /**
     * The type of the order an execution belongs to or was called by: the order process's key (a
     * repair order runs {@code repair}), found by walking up the calling executions, which the
     * engine has loaded or loads by id; no variable is read for it. Only an execution that no order
     * process called falls back to the {@code orderType} variable that models before 1.4.0 passed on.
     */
    static WorkOrderType orderType(DelegateExecution execution) {
        for (DelegateExecution e = execution; e != null; e = e.getProcessInstance().getSuperExecution()) {
            String key = e instanceof ExecutionEntity entity && entity.getProcessDefinition() != null
                    ? entity.getProcessDefinition().getKey() : null;
            if (key != null && WorkOrderProcess.ORDER_KEYS.contains(key)) {
                return WorkOrderType.ofProcessKey(key);
            }
        }
        Object named = ownOrCalling(execution, "orderType");
        if (named != null) {
            return WorkOrderType.valueOf(named.toString());
        }
        throw new IllegalStateException("not a work order nor called by one: " + execution.getProcessInstanceId());
    }
}
