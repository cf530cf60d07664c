package com.opsflow.appeal.internal;

import static com.opsflow.appeal.AppealProcess.*;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.LedgerEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${reverseAppealedEntry}}: an upheld appeal reverses the entry through the appraisal API
 * (R-AP-6: a counter-entry with the appeal's reason, posted by the deciding ops manager; reversing
 * twice returns the first reversal, so a retried job posts nothing twice). Audits REVERSED.
 */
@Component("reverseAppealedEntry")
class ReverseAppealedEntry implements JavaDelegate {

    private final AppraisalLedger ledger;
    private final AppealAudit audit;

    ReverseAppealedEntry(AppraisalLedger ledger, AppealAudit audit) {
        this.ledger = ledger;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long entryId = ((Number) execution.getVariable(ENTRY_ID)).longValue();
        String decidedBy = (String) execution.getVariable(DECIDED_BY);
        LedgerEntry reversal = ledger.reverse(entryId, "申訴成立：" + execution.getVariable(APPEAL_REASON), decidedBy);
        execution.setVariable(REVERSAL_ENTRY_ID, reversal.id());
        audit.record(execution.getProcessInstanceId(), entryId, AppealAudit.REVERSED, decidedBy,
                ClockUtil.getCurrentTime().toInstant(), "沖銷帳目 #" + reversal.id());
    }
}
