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
}
