package com.opsflow.workorder.web;

import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.NotFoundException;
import com.opsflow.workorder.OrderData;
import com.opsflow.workorder.WorkOrders;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order's display data for the Tasklist forms of the called processes (contact, escalation,
 * callback): customer, address, station, engineer and the deadline texts, by the names the forms
 * use ({@code customerName}, {@code stationName}, {@code contactDeadline} …). They are no longer
 * copied into those processes as variables (issue 19); the Tasklist custom script
 * {@code scripts/opsflow/order-view.js} reads them here with the session and shows them in the
 * fields and texts marked {@code properties.opsflowOrderView}. The same rule as the order's view
 * ({@code GET /api/work-orders/{orderNo}}): office roles every order, an engineer the orders
 * dispatched to them.
 */
@RestController
class FormViewController {

    private final WorkOrders workOrders;

    FormViewController(WorkOrders workOrders) {
        this.workOrders = workOrders;
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
