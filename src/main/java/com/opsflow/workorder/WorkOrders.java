package com.opsflow.workorder;

import java.util.Optional;

/** The work-order module's API: take an order, look one up. */
public interface WorkOrders {

    /**
     * Validates the request (every bad field named in a {@link com.opsflow.platform.BadRequestException},
     * nothing started), allocates the order number and starts the order's process with it as the
     * business key. {@code takenBy} is the customer-service agent of the order (R-WO-3).
     */
    OrderCreated create(NewWorkOrder order, String takenBy);

    Optional<WorkOrderView> find(String orderNo);

    /**
     * Records a customer's complaint against an order (R-WO-10) and starts its verification by the
     * ops manager (process {@code complaint}, business key = order number). Unknown order →
     * {@link com.opsflow.platform.NotFoundException}; a bad field → {@link com.opsflow.platform.BadRequestException};
     * nothing is started then.
     */
    ComplaintRecorded complain(String orderNo, NewComplaint complaint, String recordedBy);
}
