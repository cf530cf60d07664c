package com.opsflow.workorder.internal;

import com.opsflow.workorder.DeadlineProperties;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completion of "上報技術人員並告知客服" ({@code ${recordHandover}}, task listener on complete):
 * records when the engineer handed the repair over and whether that was after the configured
 * limit ({@code opsflow.deadlines.tech-escalation} after the fault was declared unsolved, the
 * task's due date). R-WO-6 deducts only when the late hand-over <i>delayed the fix</i>, which tech
 * support confirms on taking over: {@code handoverDelayedFix} is pre-ticked with the lateness.
 */
@Component("recordHandover")
public class RecordHandover implements TaskListener {

    private final DeadlineProperties deadlines;

    public RecordHandover(DeadlineProperties deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        Date now = ClockUtil.getCurrentTime();
        boolean late = task.getDueDate() != null && now.after(task.getDueDate());
        task.getExecution().setVariable("handedOverAt", now);
        task.getExecution().setVariable("handedOverText", deadlines.text(now));
        task.getExecution().setVariable("handoverLate", late);
        task.getExecution().setVariable("handoverDelayedFix", late);
    }
}
