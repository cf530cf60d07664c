package com.opsflow.appeal.internal;

import com.opsflow.appeal.AppealProcess;
import com.opsflow.appeal.Appeals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    @Override
    public List<Filed> filedBy(String appellant) {
        Map<String, List<Step>> byAppeal = new LinkedHashMap<>();
        audit.ofAppellant(appellant).forEach(step -> byAppeal.computeIfAbsent(step.appealId(), id -> new ArrayList<>())
                .add(step));
        List<Filed> filed = new ArrayList<>();
        for (List<Step> steps : byAppeal.values()) {
            Step first = steps.stream().filter(s -> AppealAudit.FILED.equals(s.step())).findFirst().orElseThrow();
            Step decided = steps.stream().filter(s -> AppealAudit.DECIDED.equals(s.step())).findFirst().orElse(null);
            // the decision's note reads 「成立：…」 or 「駁回：…」 (RecordAppealDecision)
            String status = decided == null ? "審理中" : decided.note().startsWith("成立") ? "成立" : "駁回";
            filed.add(new Filed(first.appealId(), first.entryId(), first.note(), first.at(), status,
                    decided == null ? null : decided.note()));
        }
        filed.sort(Comparator.comparing(Filed::filedAt).reversed());
        return filed;
    }
}
