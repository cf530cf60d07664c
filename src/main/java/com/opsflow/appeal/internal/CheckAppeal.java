package com.opsflow.appeal.internal;

import static com.opsflow.appeal.AppealProcess.*;

import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.identity.StaffDirectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkAppeal}}: the appeal names one of the appellant's own entries (AppealRules, the
 * start is refused otherwise), gets its business key, what the decider reads (the entry in Chinese,
 * the appellant's name) and its decider, the department's ops manager. Audits FILED.
 */
@Component("checkAppeal")
class CheckAppeal implements JavaDelegate {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppealRules rules;
    private final StaffDirectory directory;
    private final AppealAudit audit;
    private final ZoneId zone;

    CheckAppeal(AppealRules rules, StaffDirectory directory, AppealAudit audit, @Value("${opsflow.zone}") ZoneId zone) {
        this.rules = rules;
        this.directory = directory;
        this.audit = audit;
        this.zone = zone;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(ENTRY_ID);
        if (!(id instanceof Number number)) {
            throw new com.opsflow.platform.BadRequestException("請填寫帳目編號 / entryId is required");
        }
        long entryId = number.longValue();
        String appellant = (String) execution.getVariable(APPELLANT);
        Object reason = execution.getVariable(APPEAL_REASON);
        LedgerEntry entry = rules.check(entryId, reason == null ? null : reason.toString(), appellant,
                execution.getProcessInstanceId());

        execution.setProcessBusinessKey(businessKey(entryId));
        execution.setVariable(ENTRY_ID, entryId);
        execution.setVariable(APPEAL_REASON, reason.toString().trim());
        execution.setVariable(APPELLANT_NAME, directory.displayName(appellant));
        execution.setVariable(ENTRY_SUMMARY, summary(entry));
        execution.setVariable(ENTRY_OCCURRED_AT, DATE_TIME.format(entry.occurredAt().atZone(zone)));
        execution.setVariable(OPS_MANAGER, directory.opsManager()
                .orElseThrow(() -> new IllegalStateException("no ops manager in identity_department")));
        audit.record(execution.getProcessInstanceId(), entryId, AppealAudit.FILED, appellant,
                ClockUtil.getCurrentTime().toInstant(), reason.toString().trim());
    }

    /** 「#12 R-WO-4 扣 0.5 分：逾時聯系用戶」 */
    static String summary(LedgerEntry entry) {
        String amount = entry.kind() == EntryKind.POINTS
                ? "扣 " + entry.points().stripTrailingZeros().toPlainString() + " 分"
                : "罰款 " + entry.amountRmb().stripTrailingZeros().toPlainString() + " 元";
        return "#" + entry.id() + " " + entry.rule() + " " + amount + "：" + entry.reason();
    }
}
