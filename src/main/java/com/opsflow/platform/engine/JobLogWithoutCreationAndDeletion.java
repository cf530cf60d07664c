package com.opsflow.platform.engine;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History is written once, where people read it: the job log ({@code ACT_HI_JOB_LOG}) keeps what
 * happened when a job ran — each failure with its message and each success, with the node that ran
 * it ({@code HOSTNAME_}, {@link NodeIdentity}) — and leaves out that a job was created or deleted.
 *
 * <p>Why (issue 19): every timer and asynchronous continuation wrote a creation row, and every timer
 * that never fired (the engineer called in time, the task was done before its deadline) a deletion
 * row: seven inserts per repair order (docs/performance.md) and one in each R-WO-4 deduction's
 * transaction (the continuation after it), for rows no KPI, page or operator reads. A job that exists is in
 * {@code ACT_RU_JOB} (Cockpit shows it with its due date); one that failed or ran is in the log. What
 * stays: failures, successes, every other history event. {@code opsflow.engine.job-creation-history:
 * true} writes the creation and deletion rows again.
 */
@Component
public class JobLogWithoutCreationAndDeletion extends HistoryLeftOut.Plugin {

    public JobLogWithoutCreationAndDeletion(@Value("${opsflow.engine.job-creation-history:false}") boolean keepHistory) {
        super(keepHistory, JobLogWithoutCreationAndDeletion::isCreationOrDeletion);
    }

    static boolean isCreationOrDeletion(HistoryEvent event) {
        return event instanceof HistoricJobLogEventEntity log && (log.isCreationLog() || log.isDeletionLog());
    }
}
