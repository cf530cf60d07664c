package com.opsflow.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a called process reads of the processes that called it, instead of copies handed over by
 * its call activity (issue 19): the expressions' caller variables
 * ({@code platform.engine.CallerVariables}) and the work-order delegates' reads of the calling
 * order use this one walk up the chain of callers.
 */
public final class CallingProcesses {

    private CallingProcesses() {
    }

    /**
     * The value of {@code name} in the nearest process up the chain of callers that has one, or
     * null (nobody called this execution's process, or no caller holds a value). The engine loads
     * each calling execution by id when it is not at hand already.
     */
    public static Object variable(DelegateExecution execution, String name) {
        for (DelegateExecution caller = execution.getProcessInstance().getSuperExecution(); caller != null;
                caller = caller.getProcessInstance().getSuperExecution()) {
            Object value = caller.getVariable(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
