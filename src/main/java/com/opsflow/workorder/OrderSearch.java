package com.opsflow.workorder;

import java.time.LocalDate;

/**
 * What customer service searches orders by ({@code /orders}, {@code GET /api/work-orders}); every
 * criterion optional, texts matched as "contains" (case-insensitive), all given criteria together.
 *
 * @param orderNo  part of the order number (WO-20261125-0007, 0007)
 * @param customer part of the customer's name
 * @param phone    part of the phone number
 * @param address  part of the address
 * @param station  station id (east)
 * @param status   ACTIVE | COMPLETED | CANCELED
 * @param from     taken on or after this day (department's zone)
 * @param to       taken on or before this day (department's zone)
 */
public record OrderSearch(String orderNo, String customer, String phone, String address, String station, String status,
        LocalDate from, LocalDate to) {

    /** At most this many orders, newest first: a search names the order, it does not page through years. */
    public static final int MAX_RESULTS = 200;

    public static OrderSearch everything() {
        return new OrderSearch(null, null, null, null, null, null, null, null);
    }
}
