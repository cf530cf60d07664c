package com.opsflow.workorder.internal;

import com.opsflow.workorder.OrderData;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * The orders' display data in the work-order module's table (issue 19). Every write runs in the
 * caller's transaction: inside a delegate that is the engine's, so the row commits or rolls back
 * with the step that wrote it.
 */
public interface OrderRecords {

    /** The order's first step: its type, customer and station (no engineer, no deadline yet). */
    void created(OrderData order);

    /** Dispatch: the engineer and the deadline texts (R-WO-1, R-WO-4/5/8). */
    void dispatched(String orderNo, String engineer, String engineerName, Date dispatchedAt, String contactDeadline,
            String workDeadline);

    /** The agreed visit moved the work deadline (R-WO-5, R-WO-8). */
    void workDeadline(String orderNo, String workDeadline);

    Optional<OrderData> find(String orderNo);

    /** When the order was dispatched (R-WO-1: every deadline's clock starts there); empty before. */
    Optional<Date> dispatchedAt(String orderNo);

    /** The rows of these orders, by order number; orders without a row are left out. */
    Map<String, OrderData> findAll(Collection<String> orderNos);
}
