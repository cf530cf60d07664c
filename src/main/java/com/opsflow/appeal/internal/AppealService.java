package com.opsflow.appeal.internal;

import com.opsflow.appeal.AppealProcess;
import com.opsflow.appeal.Appeals;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppealService implements Appeals {

    private final AppealRules rules;
    private final RuntimeService runtimeService;
    private final AppealAudit audit;

    AppealService(AppealRules rules, RuntimeService runtimeService, AppealAudit audit) {
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Appeal file(long entryId, String reason, String appellant) {
        // the same rules run again inside the process (checkAppeal); here they answer 403/404/400
        rules.check(entryId, reason, appellant, null);
        ProcessInstance appeal = runtimeService.startProcessInstanceByKey(AppealProcess.KEY,
                AppealProcess.businessKey(entryId), Map.of(AppealProcess.ENTRY_ID, entryId,
                        AppealProcess.APPEAL_REASON, reason.trim(), AppealProcess.APPELLANT, appellant));
        return new Appeal(appeal.getId(), entryId, appellant, reason.trim(), "審理中");
    }

    @Override
    public List<Step> audit(String appealId) {
        return audit.of(appealId);
    }
}
