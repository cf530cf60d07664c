package com.opsflow.workorder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An order's display data, kept in the work-order module's table {@code workorder_order} (issue 19):
 * what the forms, mails, order list and reports show about the order, read from here rather than
 * held as process variables. Customer data and the intake channel are written when the order is
 * created (since the models 1.4.0 the customer's phone, address, request and the channel are
 * nowhere else: only the customer's name, which titles the tasks, is still a variable); the engineer
 * and the deadline texts at dispatch; {@code workDeadline} again when the agreed visit moves it
 * (R-WO-5, R-WO-8).
 */
public record OrderData(String orderNo, String orderType, String orderTypeName, String customerName,
        String customerPhone, String address, String description, String channel, String station,
        String stationName, String engineer, String engineerName, String contactDeadline, String workDeadline) {

    /** This order once dispatched to {@code engineer}, with its deadline texts. */
    public OrderData dispatched(String engineer, String engineerName, String contactDeadline, String workDeadline) {
        return new OrderData(orderNo, orderType, orderTypeName, customerName, customerPhone, address, description,
                channel, station, stationName, engineer, engineerName, contactDeadline, workDeadline);
    }

    /** This order with its work deadline moved (R-WO-5, R-WO-8). */
    public OrderData withWorkDeadline(String workDeadline) {
        return dispatched(engineer, engineerName, contactDeadline, workDeadline);
    }

    /**
     * The values by the names the forms and models use (the former variable names:
     * {@code customerName}, {@code stationName}, {@code contactDeadline} …); absent values are left out.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "orderNo", orderNo);
        put(values, "orderType", orderType);
        put(values, "orderTypeName", orderTypeName);
        put(values, "customerName", customerName);
        put(values, "customerPhone", customerPhone);
        put(values, "address", address);
        put(values, "description", description);
        put(values, "channel", channel);
        put(values, "station", station);
        put(values, "stationName", stationName);
        put(values, "engineer", engineer);
        put(values, "engineerName", engineerName);
        put(values, "contactDeadline", contactDeadline);
        put(values, "workDeadline", workDeadline);
        return values;
    }

    private static void put(Map<String, Object> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
