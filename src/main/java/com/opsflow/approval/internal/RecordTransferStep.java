package com.opsflow.approval.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Execution listener of the file-transfer process: every step (request, decision, burn, scan,
 * import, rejection) leaves a row in {@code approval_transfer_audit} (R-SE-2, R-SE-3) with who,
 * when and the step's facts, beside Camunda's own history.
 */
@Component("recordTransferStep")
class RecordTransferStep implements ExecutionListener {

    /** Variables worth recording when present. */
    private static final List<String> FACTS = List.of("fileList", "purpose", "approved", "decisionComment", "decidedBy",
            "discLabel", "scanResult", "scanTool", "scanNotes");

    private final JdbcTemplate jdbc;

    RecordTransferStep(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String detail = FACTS.stream()
                .filter(execution::hasVariable)
                .map(name -> name + "=" + Objects.toString(execution.getVariable(name)))
                .collect(Collectors.joining("; "));
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String stepName = execution.getCurrentActivityName();
        jdbc.update("insert into approval_transfer_audit (process_instance_id, step, step_name, direction, actor_id, detail,"
                + " occurred_at) values (?, ?, ?, ?, ?, ?, ?)",
                execution.getProcessInstanceId(), execution.getCurrentActivityId(), stepName,
                Objects.toString(execution.getVariable("direction"), null),
                who == null || who.getUserId() == null ? "system" : who.getUserId(),
                detail.length() > 2000 ? detail.substring(0, 2000) : detail,
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }
}
