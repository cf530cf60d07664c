package com.opsflow.workorder;

/**
 * A customer's complaint against an order (R-WO-10), from any channel: {@code POST
 * /api/work-orders/{orderNo}/complaints}. {@code channel} PHONE | WEB | WECHAT | WALK_IN |
 * CALLBACK | OTHER (default PHONE); {@code complaint} the customer's words, required.
 */
public record NewComplaint(String complaint, String channel) {
}
