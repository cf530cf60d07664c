/**
 * Work orders (派單): installation (報裝), repair (報修) and renewal (續費) with the response
 * deadline and escalation chain (R-WO-1…13). Public API: {@link com.opsflow.workorder.DeadlineProperties},
 * {@link com.opsflow.workorder.WorkOrderType} and {@link com.opsflow.workorder.WorkOrderProcess}
 * (keys and element ids), {@link com.opsflow.workorder.WorkOrders} (take an order, record a
 * complaint, read an order's view); the REST front door lives in {@code web}, the delegates in
 * {@code internal}. It posts deductions and fines through the BPMN delegate of {@code appraisal}
 * and reads the organisation from {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work orders",
        allowedDependencies = {"appraisal", "identity", "platform"})
package com.opsflow.workorder;
