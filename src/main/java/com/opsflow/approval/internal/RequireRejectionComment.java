package com.opsflow.approval.internal;

import com.opsflow.platform.BadRequestException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of every decision task: a decision must be made ({@code approved} true or
 * false), and a rejection needs a comment ({@code decisionComment}), whatever client completes the
 * task. Records who decided.
 */
@Component("requireRejectionComment")
public class RequireRejectionComment implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable("approved");
        if (!(approved instanceof Boolean decision)) {
            throw new BadRequestException("請選擇核准或駁回 / choose approve or reject", Map.of("approved", "必填"));
        }
        Object comment = task.getVariable("decisionComment");
        if (!decision && (comment == null || comment.toString().isBlank())) {
            throw new BadRequestException("駁回須填寫原因 / a rejection needs a comment",
                    Map.of("decisionComment", "駁回須填寫原因"));
        }
        task.getExecution().setVariable("decidedBy", task.getAssignee());
    }
}
