package com.opsflow.cockpit.web;

import com.opsflow.cockpit.internal.OrderTimelines;
import com.opsflow.cockpit.internal.OrderTimelines.AtRisk;
import com.opsflow.cockpit.internal.OrderTimelines.Timeline;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders at risk and an order's timeline for Cockpit's plugins, read-only. */
@RestController
class OrderController {

    private final OrderTimelines timelines;
    private final int defaultMinutes;

    OrderController(OrderTimelines timelines, @Value("${opsflow.cockpit.at-risk-minutes}") int defaultMinutes) {
        this.timelines = timelines;
        this.defaultMinutes = defaultMinutes;
    }

    @GetMapping("/camunda/api/opsflow/orders/at-risk")
    AtRisk atRisk(@RequestParam(required = false) Integer minutes) {
        CockpitAccess.require();
        int within = minutes == null ? defaultMinutes : minutes;
        if (within < 0 || within > 24 * 60) {
            throw new BadRequestException("分鐘數須在 0 至 1440 之間 / minutes must be 0…1440");
        }
        return timelines.atRisk(within);
    }

    @GetMapping("/camunda/api/opsflow/orders/{orderNo}/timeline")
    Timeline byOrder(@PathVariable String orderNo) {
        CockpitAccess.require();
        return timelines.ofOrder(orderNo).orElseThrow(() -> new NotFoundException("查無此工單 / no such order: " + orderNo));
    }

    @GetMapping("/camunda/api/opsflow/orders/by-instance/{processInstanceId}/timeline")
    Timeline byInstance(@PathVariable String processInstanceId) {
        CockpitAccess.require();
        return timelines.ofInstance(processInstanceId)
                .orElseThrow(() -> new NotFoundException("此流程實例不屬於任何工單 / not a work order's instance"));
    }
}
