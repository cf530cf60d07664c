package com.opsflow.workorder;

import java.util.Collection;
import java.util.Map;

/**
 * The work-order module's read-only view of its orders' rows ({@code workorder_order}), for
 * modules that only read (the KPI report's intake channel): nothing here changes an order.
 */
public interface OrderRows {

    /**
     * The data of these orders, by order number; orders without a row are left out. No rule of who
     * may read them: the caller decides.
     */
    Map<String, OrderData> of(Collection<String> orderNos);
}
