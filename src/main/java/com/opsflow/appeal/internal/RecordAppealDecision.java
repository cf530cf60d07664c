package com.opsflow.appeal.internal;

import static com.opsflow.appeal.AppealProcess.*;

import com.opsflow.identity.StaffDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 審理申訴 ({@code ${recordAppealDecision}}): a decision (upheld true/false; the
 * form's radio sends text) and a comment are required whatever the client (Tasklist, Cockpit, REST);
 * records who decided, their name and when, and audits DECIDED.
 */
@Component("recordAppealDecision")
class RecordAppealDecision implements TaskListener {

    private final StaffDirectory directory;
    private final AppealAudit audit;

    RecordAppealDecision(StaffDirectory directory, AppealAudit audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(UPHELD);
        Boolean upheld = value instanceof Boolean b ? b
                : value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))
                        ? Boolean.valueOf(value.toString()) : null;
        if (upheld == null) {
            throw new FormFieldValidationException(UPHELD, "請選擇申訴成立或駁回 / choose uphold or dismiss");
        }
        Object comment = task.getVariable(DECISION_COMMENT);
        if (comment == null || comment.toString().isBlank()) {
            throw new FormFieldValidationException(DECISION_COMMENT, "審理申訴須填寫意見 / a comment is required");
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String decidedBy = current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
        var execution = task.getExecution();
        execution.setVariable(UPHELD, upheld);
        execution.setVariable(DECISION_COMMENT, comment.toString().trim());
        execution.setVariable(DECIDED_BY, decidedBy);
        execution.setVariable(DECIDED_BY_NAME, directory.displayName(decidedBy));
        execution.setVariable(DECIDED_AT, ClockUtil.getCurrentTime());
        audit.record(task.getProcessInstanceId(), ((Number) task.getVariable(ENTRY_ID)).longValue(), AppealAudit.DECIDED,
                decidedBy, ClockUtil.getCurrentTime().toInstant(), (upheld ? "成立：" : "駁回：") + comment.toString().trim());
    }
}
