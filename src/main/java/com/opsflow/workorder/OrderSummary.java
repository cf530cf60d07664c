package com.opsflow.workorder;

import java.time.Instant;
import java.util.List;

/**
 * One row of the order list: who, where, what state, and the steps the order waits at now
 * ({@code openTasks}: task names, of the order and its called processes).
 */
public record OrderSummary(String orderNo, String type, String status, String customerName, String customerPhone,
        String address, String station, String engineer, Instant startedAt, Instant endedAt, List<String> openTasks) {
}
