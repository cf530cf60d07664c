package com.opsflow.workorder;

import com.opsflow.workorder.internal.OrderRecords;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The orders' display data in memory, for the scenario tests (the table is workorder_order). */
class FakeOrderRecords implements OrderRecords {

    private final Map<String, OrderData> orders = new HashMap<>();

    @Override
    public void created(OrderData order) {
        orders.put(order.orderNo(), order);
    }

    @Override
    public void dispatched(String orderNo, String engineer, String engineerName, Date dispatchedAt,
            String contactDeadline, String workDeadline) {
        OrderData o = orders.get(orderNo);
        if (o != null) {
            orders.put(orderNo, new OrderData(o.orderNo(), o.orderType(), o.orderTypeName(), o.customerName(),
                    o.customerPhone(), o.address(), o.description(), o.station(), o.stationName(), engineer,
                    engineerName, contactDeadline, workDeadline));
        }
    }

    @Override
    public void workDeadline(String orderNo, String workDeadline) {
        OrderData o = orders.get(orderNo);
        if (o != null) {
            orders.put(orderNo, new OrderData(o.orderNo(), o.orderType(), o.orderTypeName(), o.customerName(),
                    o.customerPhone(), o.address(), o.description(), o.station(), o.stationName(), o.engineer(),
                    o.engineerName(), o.contactDeadline(), workDeadline));
        }
    }

    @Override
    public Optional<OrderData> find(String orderNo) {
        return Optional.ofNullable(orders.get(orderNo));
    }
}
