package com.opsflow.workorder;

import java.math.BigDecimal;

/**
 * A request taken by customer service (front door {@code POST /api/work-orders}). Texts on
 * purpose (type, appointment): a wrong value is answered with a field message, not a parse error.
 *
 * @param type       {@code INSTALLATION} | {@code REPAIR} | {@code RENEWAL}
 * @param channel    {@code PHONE} | {@code WEB} | {@code WECHAT} | {@code WALK_IN} | {@code OTHER}
 * @param engineer   optional user id of an engineer of the station: dispatched at once
 * @param agreedTime optional ISO date-time the user asks for; the visit is agreed on the contact call (R-WO-1)
 * @param fee        renewal fee in RMB (renewal only, required there)
 */
public record NewWorkOrder(String type, String customerName, String customerPhone, String address, String station,
        String channel, String description, String engineer, String agreedTime, BigDecimal fee) {
}
