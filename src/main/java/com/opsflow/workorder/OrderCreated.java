package com.opsflow.workorder;

/** Answer of the front door: the order number (the business key) and the started process instance. */
public record OrderCreated(String orderNo, String processInstanceId) {
}
