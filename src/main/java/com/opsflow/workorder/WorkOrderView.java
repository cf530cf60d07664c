package com.opsflow.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One work order as {@code GET /api/work-orders/{orderNo}} shows it: status, open tasks, its
 * deadlines and their state, and the history from Camunda's history (the order's process and its
 * called response-deadline and callback processes), and the deductions and fines it caused; for a
 * new user's installation the registration form of R-WO-11 (kept in OpsFlow's table: after the
 * order's history was cleaned up the view still answers, with status {@code ARCHIVED}, from it).
 */
public record WorkOrderView(String orderNo, String type, String status, String processInstanceId, Instant startedAt,
        Instant endedAt, Map<String, Object> order, List<OpenTask> openTasks, List<Deadline> deadlines,
        List<Step> history, List<Deduction> deductions, Registration registration) {

    /** A deduction or fine posted for this order (appraisal ledger, R-AP-6); reversals included. */
    public record Deduction(long entryId, String staff, String kind, java.math.BigDecimal points,
            java.math.BigDecimal amountRmb, String rule, String reason, Instant occurredAt, Long reversalOf) {
    }

    public record OpenTask(String taskId, String activityId, String name, String assignee, Instant due) {
    }

    /** state: PENDING (not yet due), MET (done in time), MISSED (done late or overdue). */
    public record Deadline(String name, String rule, Instant due, Instant doneAt, String state) {
    }

    public record Step(String process, String activityId, String name, String type, String assignee, Instant startedAt,
            Instant endedAt, boolean canceled) {
    }
}
