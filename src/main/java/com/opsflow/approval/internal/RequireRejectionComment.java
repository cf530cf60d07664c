package com.opsflow.approval.internal;

import com.opsflow.identity.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Complete listener of every decision task: a decision must be made and a rejection needs a
 * comment, whatever client completes the task (the form's own check can be bypassed over REST).
 * The form's radio submits {@code approved} as the text {@code "true"}/{@code "false"}; it is
 * stored as a boolean for the gateways. The optional comment of an approval
 * ({@code approvalComment}) becomes {@code decisionComment}. Records who decided ({@code decidedBy},
 * and their Chinese name {@code decidedByName}) and when ({@code decidedAt}), whether the decision
 * came from Tasklist, Cockpit's 待我審批 or the REST API.
 * The engine wraps a listener's exception, so the engine REST API answers 500 with the message; the
 * Camunda Form requires the comment before it submits, so Tasklist users never get that far.
 */
@Component("requireRejectionComment")
public class RequireRejectionComment implements TaskListener {

    private final StaffDirectory directory;

    /** Without a directory (scenario tests): the name is the user id. */
    public RequireRejectionComment() {
        this(null);
    }

    @Autowired
    public RequireRejectionComment(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean decision = asBoolean(task.getVariable("approved"));
        if (decision == null) {
            throw new FormFieldValidationException("approved", "請選擇核准或駁回 / choose approve or reject");
        }
        Object comment = task.getVariable("decisionComment");
        if (decision && blank(comment) && !blank(task.getVariable("approvalComment"))) {
            comment = task.getVariable("approvalComment");
        }
        if (!decision && blank(comment)) {
            throw new FormFieldValidationException("decisionComment", "駁回須填寫原因 / a rejection needs a comment");
        }
        task.getExecution().setVariable("approved", decision);
        task.getExecution().setVariable("decisionComment", blank(comment) ? null : comment.toString().trim());
        task.getExecution().setVariable("decidedBy", task.getAssignee());
        task.getExecution().setVariable("decidedByName", task.getAssignee() == null || directory == null
                ? task.getAssignee() : directory.displayName(task.getAssignee()));
        task.getExecution().setVariable("decidedAt", ClockUtil.getCurrentTime());
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            return Boolean.valueOf(value.toString());
        }
        return null;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
