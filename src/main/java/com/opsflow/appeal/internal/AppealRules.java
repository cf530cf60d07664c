package com.opsflow.appeal.internal;

import com.opsflow.appeal.AppealProcess;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Who may appeal what (R-AP-6), checked the same way for the REST API and the Tasklist start form:
 * one's own entry, with a reason, not a reversal, not reversed already, one open appeal per entry.
 */
@Component
class AppealRules {

    private final AppraisalLedger ledger;
    private final RuntimeService runtimeService;

    AppealRules(AppraisalLedger ledger, RuntimeService runtimeService) {
        this.ledger = ledger;
        this.runtimeService = runtimeService;
    }

    /** The entry under appeal; {@code exceptInstance} is the appeal being checked (its own start). */
    LedgerEntry check(long entryId, String reason, String appellant, String exceptInstance) {
        LedgerEntry entry = ledger.entry(entryId)
                .orElseThrow(() -> new NotFoundException("查無此帳目 / no ledger entry " + entryId));
        if (appellant == null || !appellant.equals(entry.staff())) {
            throw new ForbiddenException("只能對自己的帳目提出申訴 / only one's own entries may be appealed");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("請填寫申訴理由 / a reason is required");
        }
        if (entry.reversalOf() != null) {
            throw new BadRequestException("沖銷記錄不可申訴 / a reversal cannot be appealed");
        }
        boolean reversed = ledger.entries(entry.staff(), null, null).stream()
                .anyMatch(e -> e.reversalOf() != null && e.reversalOf() == entryId);
        if (reversed) {
            throw new BadRequestException("此帳目已沖銷 / the entry is reversed already");
        }
        boolean open = runtimeService.createProcessInstanceQuery().processDefinitionKey(AppealProcess.KEY)
                .processInstanceBusinessKey(AppealProcess.businessKey(entryId)).list().stream()
                .anyMatch(i -> !i.getId().equals(exceptInstance));
        if (open) {
            throw new BadRequestException("此帳目已有申訴審理中 / an appeal of this entry is open");
        }
        return entry;
    }
}
