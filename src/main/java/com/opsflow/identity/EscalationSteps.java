package com.opsflow.identity;

import java.util.List;

/**
 * The escalation steps a module's processes have, for the managers' Tasklist filter
 * 「逾期與升級任務」. Modules with escalations provide a bean; identity owns the filter and knows no
 * process, so the ids are spelled once, by the module whose models hold them.
 */
public interface EscalationSteps {

    /** Task definition keys of the user tasks that are escalation steps. */
    List<String> taskKeys();
}
