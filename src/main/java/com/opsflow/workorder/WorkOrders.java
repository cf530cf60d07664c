package com.opsflow.workorder;

import java.util.List;
import java.util.Optional;

/** The work-order module's API: take an order, look one up, search, cancel. */
public interface WorkOrders {

    /**
     * Validates the request (every bad field named in a {@link com.opsflow.platform.BadRequestException},
     * nothing started), allocates the order number and starts the order's process with it as the
     * business key. {@code takenBy} is the customer-service agent of the order (R-WO-3).
     */
    OrderCreated create(NewWorkOrder order, String takenBy);

    Optional<WorkOrderView> find(String orderNo);

    /**
     * The order's display data from the module's table (customer, address, station, engineer, the
     * deadline texts), as the called processes' forms show it; empty for an unknown order or one
     * taken before the table existed (its processes still carry the data as variables). No rule of
     * who may read it: the caller decides.
     */
    Optional<OrderData> data(String orderNo);

    /**
     * Records a customer's complaint against an order (R-WO-10) and starts its verification by the
     * ops manager (process {@code complaint}, business key = order number). Unknown order →
     * {@link com.opsflow.platform.NotFoundException}; a bad field → {@link com.opsflow.platform.BadRequestException};
     * nothing is started then.
     */
    ComplaintRecorded complain(String orderNo, NewComplaint complaint, String recordedBy);

    /**
     * The orders matching every given criterion, newest first, at most {@link OrderSearch#MAX_RESULTS}.
     * A bad criterion (unknown status, {@code from} after {@code to}) → {@link com.opsflow.platform.BadRequestException}.
     */
    List<OrderSummary> search(OrderSearch search);

    /**
     * The customer withdrew: ends the order's process with its called processes (response deadline,
     * callback) and every timer of them, so no deadline falls and no fine is posted afterwards; the
     * view then shows status {@code CANCELED} with the reason. {@code reason} required (at most 500
     * characters) → else {@link com.opsflow.platform.BadRequestException}; an order that has ended
     * already → BadRequestException; an unknown order → {@link com.opsflow.platform.NotFoundException}.
     * Nothing is changed when it refuses.
     */
    WorkOrderView cancel(String orderNo, String reason, String canceledBy);
}
