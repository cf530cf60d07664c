/**
 * Approval: staff requests and their approvals — leave (R-LV-1…3), business trip (R-TR-1),
 * secondment (R-SC-1), private-device entry (R-SE-1) and file transfer (R-SE-2, R-SE-3) — as BPMN
 * processes under {@code bpmn/approval/}, with the shared decision process {@code approval-decision}
 * (decide, remind, escalate). Web: {@code GET /api/requests/mine}, {@code GET /api/devices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval",
        allowedDependencies = {"attendance", "calendar", "identity", "platform"})
package com.opsflow.approval;
