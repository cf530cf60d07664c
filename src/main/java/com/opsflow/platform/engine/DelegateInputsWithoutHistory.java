package com.opsflow.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoMapping;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History is written once, where KPIs and timelines read it: the input parameters of a service
 * task ({@code rule}, {@code points}, {@code staff}, {@code reason} of {@code ${postDeduction}};
 * {@code to}, {@code subject}, {@code body} of {@code ${notifyPerson}} …) get no history rows.
 *
 * <p>Why (issue 19): with history {@code full} each input parameter of each call wrote a row in
 * {@code ACT_HI_VARINST} and one in {@code ACT_HI_DETAIL}, about 24 of the 84 statements of a
 * contact-deadline escalation and 42 notifications' worth across the models, for values that
 * are recorded where people read them anyway: the appraisal ledger keeps rule, amount, person and
 * reason of every entry; the notification module keeps every notice with its recipient, subject
 * and body. The runtime rows of these local variables are not written either (the engine drops a
 * variable inserted and removed in the same transaction); only their history was.
 *
 * <p>What stays: every other variable's history (process variables, task-local and form
 * variables, user-task input parameters shown on forms, variables a delegate sets itself) and every
 * other history event. The filter decides by the variable's execution (a service or send task's
 * own scope, which holds exactly its input parameters for the activity's lifetime) and the
 * variable's name. {@code opsflow.engine.delegate-input-history: true} writes them again.
 */
@Component
public class DelegateInputsWithoutHistory extends HistoryLeftOut.Plugin {

    /** Activities whose input parameters only feed a Java delegate. */
    static final Set<String> DELEGATE_ACTIVITIES = Set.of("serviceTask", "sendTask");

    public DelegateInputsWithoutHistory(@Value("${opsflow.engine.delegate-input-history:false}") boolean keepHistory) {
        super(keepHistory, DelegateInputsWithoutHistory::isDelegateInput);
    }

    /**
     * Whether the event is about an input parameter of a service or send task: the variable lives on
     * the activity's own scope execution, which the running command holds in its entity cache (no
     * query is sent to decide). While it runs, the parent of that scope execution has no activity,
     * so a process variable the delegate sets keeps its history even when named like an input.
     * An event whose execution is not at hand is kept: the engine's
     * handler then writes or updates its rows as usual (an update of a row never written is
     * skipped by the engine itself).
     */
    static boolean isDelegateInput(HistoryEvent event) {
        if (!(event instanceof HistoricVariableUpdateEventEntity variable) || variable.getExecutionId() == null) {
            return false;
        }
        CommandContext command = Context.getCommandContext();
        ExecutionEntity execution = command == null ? null
                : command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, variable.getExecutionId());
        ActivityImpl activity = execution == null ? null : execution.getActivity();
        if (activity == null || !DELEGATE_ACTIVITIES.contains(activity.getProperty("type"))) {
            return false;
        }
        IoMapping io = activity.getIoMapping();
        return io != null && io.getInputParameters().stream().anyMatch(p -> p.getName().equals(variable.getVariableName()));
    }
}
