package com.opsflow.workorder;

/** Answer of the complaint front door: the order and the started verification (process {@code complaint}). */
public record ComplaintRecorded(String orderNo, String processInstanceId) {
}
