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
 * {@code notes}: what staff wrote on the order's tasks (the engineer's contact, arrival, repair and
 * installation notes, the callback's …), each with the step and the moment; {@code cancellation}:
 * why and by whom a withdrawn order was canceled (status {@code CANCELED}), else null.
 */
public record WorkOrderView(String orderNo, String type, String status, String processInstanceId, Instant startedAt,
        Instant endedAt, Map<String, Object> order, List<OpenTask> openTasks, List<Deadline> deadlines,
        List<Step> history, List<Deduction> deductions, Registration registration, List<Note> notes,
        Cancellation cancellation) {

    /** A note written on a task: {@code label} as the form names it (維修記錄), {@code step} the task's name. */
    public record Note(String variable, String label, String text, String step, String writtenBy, Instant writtenAt) {
    }

    /** The customer withdrew: the order's process and its called processes were ended, no timer left. */
    public record Cancellation(String reason, String canceledBy, Instant canceledAt) {
    }

    /** A deduction or fine posted for this order (appraisal ledger, R-AP-6); reversals included. */
    public record Deduction(long entryId, String staff, String kind, java.math.BigDecimal points,
            java.math.BigDecimal amountRmb, String rule, String reason, Instant occurredAt, Long reversalOf) {
    }

    public record OpenTask(String taskId, String activityId, String name, String assignee, Instant due) {
    }

    /**
     * state: PENDING (not yet due), MET (done in time), MISSED (done late or overdue), NOT_STARTED
     * (no due date yet), CANCELED (the order was canceled before the deadline was met or missed).
     */
    public record Deadline(String name, String rule, Instant due, Instant doneAt, String state) {
    }

    public record Step(String process, String activityId, String name, String type, String assignee, Instant startedAt,
            Instant endedAt, boolean canceled) {
    }
}
