package com.opsflow.workorder.internal;

import com.opsflow.identity.EscalationSteps;
import com.opsflow.workorder.WorkOrderProcess;
import java.util.List;
import org.springframework.stereotype.Component;

/** The work orders' escalation steps for the managers' Tasklist filter (R-WO-2, R-WO-6). */
@Component
class WorkOrderEscalationSteps implements EscalationSteps {

    @Override
    public List<String> taskKeys() {
        return List.of(WorkOrderProcess.NOTIFY_OPS_MANAGER, WorkOrderProcess.NOTIFY_STATION,
                WorkOrderProcess.ESCALATE_TECH, WorkOrderProcess.TECH_REPAIR);
    }
}
