package com.opsflow.staff.process;

import static com.opsflow.staff.process.UnreachableManagerProcess.*;

import com.opsflow.platform.TaskInputRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of 上級確認 ({@code ${recordUnreachableDecision}}, R-AP-5): a decision
 * (confirmed true/false; the form's radio sends text) and a comment are required whatever the
 * client; the decision is kept as a boolean for the gateway.
 */
@Component("recordUnreachableDecision")
public class RecordUnreachableDecision implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(VAR_CONFIRMED);
        Boolean confirmed = value instanceof Boolean b ? b
                : value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))
                        ? Boolean.valueOf(value.toString()) : null;
        if (confirmed == null) {
            throw TaskInputRefused.because("請選擇屬實或不屬實 / choose confirmed or not");
        }
        Object comment = task.getVariable(VAR_CONFIRM_COMMENT);
        if (comment == null || comment.toString().isBlank()) {
            throw TaskInputRefused.because("請填寫確認意見 / a comment is required");
        }
        task.getExecution().setVariable(VAR_CONFIRMED, confirmed);
        task.getExecution().setVariable(VAR_CONFIRM_COMMENT, comment.toString().trim());
    }
}
