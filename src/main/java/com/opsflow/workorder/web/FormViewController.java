package com.opsflow.workorder.web;

import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.NotFoundException;
import com.opsflow.platform.SystemUser;
import com.opsflow.workorder.OrderData;
import com.opsflow.workorder.WorkOrders;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order's display data for the Tasklist forms of the called processes (contact, escalation,
 * callback): customer, address, station, engineer and the deadline texts, by the names the forms
 * use ({@code customerName}, {@code stationName}, {@code contactDeadline} …). They are no longer
 * copied into those processes as variables (issue 19); the Tasklist custom script
 * {@code scripts/opsflow/order-view.js} reads them here with the session (by the task it opens)
 * and shows them in the fields and texts marked {@code properties.opsflowOrderView}. The same rule as the order's view
 * ({@code GET /api/work-orders/{orderNo}}): office roles every order, an engineer the orders
 * dispatched to them.
 */
@RestController
class FormViewController {

    private final WorkOrders workOrders;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    FormViewController(WorkOrders workOrders, TaskService taskService, RuntimeService runtimeService,
            IdentityService identityService) {
        this.workOrders = workOrders;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /**
     * The same for the order of an open task: what {@code order-view.js} asks as Tasklist opens a
     * task's form. The called processes hold no order number as a variable (models 1.5.0 and 1.3.0 of
     * {@code response-deadline} and {@code callback}): their business key is the order's number.
     */
    @GetMapping("/work-orders/tasks/{taskId}/form-view")
    Map<String, Object> formViewOfTask(@PathVariable String taskId) {
        String orderNo = SystemUser.call(identityService, () -> {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            ProcessInstance instance = task == null || task.getProcessInstanceId() == null ? null
                    : runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            return instance == null ? null : instance.getBusinessKey();
        });
        if (orderNo == null) {
            throw new NotFoundException("查無此任務的工單 / no work order for task " + taskId);
        }
        return formView(orderNo);
    }

    @GetMapping("/work-orders/{orderNo}/form-view")
    Map<String, Object> formView(@PathVariable String orderNo) {
        CurrentUser user = CurrentUser.get();
        OrderData order = workOrders.data(orderNo)
                .orElseThrow(() -> new NotFoundException("查無此工單 / no work order " + orderNo));
        WorkOrderController.checkMayView(user, order.engineer());
        return order.values();
    }
}
