package com.opsflow.workorder.internal;

import com.opsflow.workorder.ComplaintRecorded;
import com.opsflow.workorder.NewComplaint;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.OrderData;
import com.opsflow.workorder.OrderRows;
import com.opsflow.workorder.OrderSearch;
import com.opsflow.workorder.OrderSummary;
import com.opsflow.workorder.WorkOrderView;
import com.opsflow.workorder.WorkOrders;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The work-order module's API ({@link WorkOrders}) over its three parts: intake (orders and
 * complaints), reading (an order's view and the search) and cancellation.
 */
@Service
class WorkOrderService implements WorkOrders, OrderRows {

    private final OrderIntake intake;
    private final OrderViews views;
    private final OrderCancellation cancellation;
    private final OrderRecords records;

    WorkOrderService(OrderIntake intake, OrderViews views, OrderCancellation cancellation, OrderRecords records) {
        this.intake = intake;
        this.views = views;
        this.cancellation = cancellation;
        this.records = records;
    }

    @Override
    public OrderCreated create(NewWorkOrder order, String takenBy) {
        return intake.create(order, takenBy);
    }

    @Override
    public ComplaintRecorded complain(String orderNo, NewComplaint complaint, String recordedBy) {
        return intake.complain(orderNo, complaint, recordedBy);
    }

    @Override
    public Optional<WorkOrderView> find(String orderNo) {
        return views.find(orderNo);
    }

    @Override
    public Optional<OrderData> data(String orderNo) {
        return records.find(orderNo);
    }

    @Override
    public Map<String, OrderData> of(Collection<String> orderNos) {
        return records.findAll(orderNos);
    }

    @Override
    public List<OrderSummary> search(OrderSearch search) {
        return views.search(search);
    }

    @Override
    public WorkOrderView cancel(String orderNo, String reason, String canceledBy) {
        return cancellation.cancel(orderNo, reason, canceledBy);
    }
}
