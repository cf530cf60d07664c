package com.opsflow.workorder.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The order that called a process (response deadline, callback): what its steps read of the order
 * instead of being given copies (issue 19), through the call activity's execution.
 */
final class CallingOrder {

    private CallingOrder() {
    }

    /** A variable of the calling order (or of its caller); null when no caller has it. */
    static Object variable(DelegateExecution execution, String name) {
        for (DelegateExecution caller = execution.getProcessInstance().getSuperExecution(); caller != null;
                caller = caller.getProcessInstance().getSuperExecution()) {
            Object value = caller.getVariable(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The process's own variable when it was given one (models before 1.3.0 pass copies), else the calling order's. */
    static Object ownOrCalling(DelegateExecution execution, String name) {
        Object own = execution.getVariable(name);
        return own != null ? own : variable(execution, name);
    }
}
