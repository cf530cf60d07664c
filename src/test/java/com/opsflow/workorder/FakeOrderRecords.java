package com.opsflow.workorder;

import com.opsflow.workorder.internal.OrderRecords;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The orders' display data in memory, for the scenario tests (the table is workorder_order). */
class FakeOrderRecords implements OrderRecords {

    private final Map<String, OrderData> orders = new HashMap<>();
    private final Map<String, Date> dispatched = new HashMap<>();

    @Override
    public void created(OrderData order) {
        orders.put(order.orderNo(), order);
    }

    @Override
    public void dispatched(String orderNo, String engineer, String engineerName, Date dispatchedAt,
            String contactDeadline, String workDeadline) {
        OrderData o = orders.get(orderNo);
        if (o != null) {
            dispatched.put(orderNo, dispatchedAt);
            orders.put(orderNo, o.dispatched(engineer, engineerName, contactDeadline, workDeadline));
        }
    }

    @Override
    public void workDeadline(String orderNo, String workDeadline) {
        OrderData o = orders.get(orderNo);
        if (o != null) {
            orders.put(orderNo, o.withWorkDeadline(workDeadline));
        }
    }

    @Override
    public Optional<OrderData> find(String orderNo) {
        return Optional.ofNullable(orders.get(orderNo));
    }

    @Override
    public Optional<Date> dispatchedAt(String orderNo) {
        return Optional.ofNullable(dispatched.get(orderNo));
    }

    @Override
    public Map<String, OrderData> findAll(Collection<String> orderNos) {
        Map<String, OrderData> found = new HashMap<>();
        orderNos.stream().filter(orders::containsKey).forEach(n -> found.put(n, orders.get(n)));
        return found;
    }
}
