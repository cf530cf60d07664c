package com.opsflow.workorder;

import java.time.Instant;

/**
 * The on-site service registration form (上門服務業務登記單, R-WO-11) of a new user's installation,
 * kept in OpsFlow's own table {@code workorder_registration}: readable from the order's view long
 * after Camunda's history of the order was cleaned up. {@code filedAt}/{@code filedBy} are set when
 * the ops department files it (task 登記單存檔).
 */
public record Registration(String orderNo, String customerName, String customerPhone, String address, String station,
        String engineer, String account, String bandwidth, String device, String materials, boolean customerSigned,
        boolean accountTold, String note, Instant registeredAt, String registeredBy, Instant filedAt, String filedBy) {
}
