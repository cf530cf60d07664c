package com.opsflow.workorder.internal;

import com.opsflow.platform.CallingProcesses;
import com.opsflow.workorder.WorkOrderProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Staff scan Tasklist's list, which shows a task's name but not the order's data: every user task
 * of a work-order process is titled with its order, "聯系用戶｜WO-20261125-0007 陳大文", when it
 * is created. Done by a parse listener rather than by expressions in the models so the diagrams
 * process owners edit in Modeler (and Cockpit shows) keep their plain Chinese names. The customer
 * is the order's variable, read from the calling order in a called process (which gets no display
 * data as variables, issue 19), else from the order's row.
 */
@Component
class TitleTasksWithTheOrder extends AbstractProcessEnginePlugin {

    static final Set<String> PROCESSES = Set.copyOf(Stream.concat(WorkOrderProcess.ORDER_KEYS.stream(),
            Stream.of(WorkOrderProcess.RESPONSE_DEADLINE, WorkOrderProcess.CALLBACK, WorkOrderProcess.COMPLAINT, "equipment-loss")).toList());

    private final ObjectProvider<OrderRecords> records;
    private final TaskListener title = this::title;

    TitleTasksWithTheOrder(ObjectProvider<OrderRecords> records) {
        this.records = records;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        && PROCESSES.contains(definition.getKey())
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, title);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    void title(DelegateTask task) {
        String orderNo = task.getExecution().getProcessBusinessKey();
        if (orderNo == null || task.getName() == null || task.getName().contains(orderNo)) {
            return;
        }
        // a called process: the calling order holds the customer; asked first, so the called
        // process's own scopes, which hold no customer since issue 19, are not read for it
        Object customer = CallingProcesses.variable(task.getExecution(), "customerName");
        if (customer == null) {
            // the execution's, not task.getVariable: a task just created has no variables of its
            // own, and asking it would read them from the database (issue 19: one select per task)
            customer = task.getExecution().getVariable("customerName");
        }
        if (customer == null) {
            customer = records.getObject().find(orderNo).map(o -> (Object) o.customerName()).orElse(null);
        }
        task.setName(task.getName() + "｜" + orderNo + (customer == null ? "" : " " + customer));
    }
}
