package com.opsflow.workorder.web;

import com.opsflow.identity.Groups;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.workorder.ComplaintRecorded;
import com.opsflow.workorder.NewComplaint;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrderView;
import com.opsflow.workorder.WorkOrders;
import com.opsflow.workorder.OrderSearch;
import com.opsflow.workorder.OrderSummary;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The front door of work orders: customer service takes a request from any channel. */
@RestController
@RequestMapping("/api/work-orders")
class WorkOrderController {

    private final WorkOrders workOrders;

    WorkOrderController(WorkOrders workOrders) {
        this.workOrders = workOrders;
    }

    @PostMapping
    ResponseEntity<OrderCreated> create(@RequestBody NewWorkOrder order) {
        CurrentUser user = CurrentUser.get();
        if (!user.inAnyGroup(Groups.CUSTOMER_SERVICE, Groups.OPS_MANAGER, Groups.ADMIN)) {
            throw new ForbiddenException("只有客服可受理工單 / only customer service takes work orders");
        }
        OrderCreated created = workOrders.create(order, user.id());
        return ResponseEntity.created(URI.create("/api/work-orders/" + created.orderNo())).body(created);
    }

    /** R-WO-10: customer service records a complaint against an order at any time, from any channel. */
    @PostMapping("/{orderNo}/complaints")
    ResponseEntity<ComplaintRecorded> complain(@PathVariable String orderNo, @RequestBody NewComplaint complaint) {
        CurrentUser user = CurrentUser.get();
        if (!user.inAnyGroup(Groups.CUSTOMER_SERVICE, Groups.OPS_MANAGER, Groups.ADMIN)) {
            throw new ForbiddenException("只有客服可登記投訴 / only customer service records complaints");
        }
        ComplaintRecorded recorded = workOrders.complain(orderNo, complaint, user.id());
        return ResponseEntity.created(URI.create("/api/work-orders/" + recorded.orderNo())).body(recorded);
    }

    /** Office roles search every order (the same search as the page {@code /orders}). */
    @GetMapping
    List<OrderSummary> search(@RequestParam(required = false) String orderNo, @RequestParam(required = false) String customer,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String address,
            @RequestParam(required = false) String station, @RequestParam(required = false) String status,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        if (!OrderListController.mayRead(CurrentUser.get())) {
            throw new ForbiddenException("工單查詢僅供客服、運營部及區站管理人員使用 / only office roles search orders");
        }
        return workOrders.search(new OrderSearch(orderNo, customer, phone, address, station, status,
                OrderListController.day("from", from), OrderListController.day("to", to)));
    }

    record CancelRequest(String reason) {
    }

    /** The customer withdrew: the order ends with its deadlines, no fine falls afterwards. */
    @PostMapping("/{orderNo}/cancel")
    WorkOrderView cancel(@PathVariable String orderNo, @RequestBody(required = false) CancelRequest request) {
        CurrentUser user = CurrentUser.get();
        if (!OrderListController.mayCancel(user)) {
            throw new ForbiddenException("只有客服或運營部經理可撤單 / only customer service cancels orders");
        }
        return workOrders.cancel(orderNo, request == null ? null : request.reason(), user.id());
    }

    /** Office roles read every order; an engineer reads the orders dispatched to them. */
    @GetMapping("/{orderNo}")
    WorkOrderView get(@PathVariable String orderNo) {
        CurrentUser user = CurrentUser.get();
        WorkOrderView view = workOrders.find(orderNo)
                .orElseThrow(() -> new NotFoundException("查無此工單 / no work order " + orderNo));
        checkMayView(user, view.order().get("engineer"));
        return view;
    }

    /** Office roles read every order; an engineer reads the orders dispatched to them. */
    static void checkMayView(CurrentUser user, Object engineer) {
        boolean office = user.inAnyGroup(Groups.CUSTOMER_SERVICE, Groups.OPS_MANAGER, Groups.ADMIN,
                Groups.STATION_MANAGER, Groups.STATION_HEAD, Groups.TECH_SUPPORT);
        if (!office && !user.id().equals(engineer)) {
            throw new ForbiddenException("只能查看派給自己的工單 / only the orders dispatched to you");
        }
    }
}
