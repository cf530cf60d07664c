package com.opsflow.appraisal.process;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.Source;
import com.opsflow.platform.SystemUser;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The one generic delegate that posts any deduction or fine to the appraisal module, so a BPMN
 * author needs no new Java: {@code camunda:delegateExpression="${postDeduction}"} with input
 * parameters
 * <ul>
 * <li>{@code rule}: rule id, e.g. {@code R-WO-4};</li>
 * <li>{@code kind}: {@code POINTS} or {@code FINE};</li>
 * <li>{@code points} (POINTS) or {@code amountRmb} (FINE): a number, usually from configuration
 * ({@code ${deadlines.lateContactPoints}});</li>
 * <li>{@code staff}: whom, an expression ({@code ${engineer}}, or the element variable of a
 * multi-instance over several people);</li>
 * <li>{@code reason}: Chinese text for the statement;</li>
 * <li>{@code breachKey} (optional): tells apart several breaches of the same rule by the same
 * person in the same activity (e.g. the items of a conduct checklist, by their Chinese label,
 * which is added to the reason);</li>
 * <li>{@code onceFor} (optional): the rule applies once for this key whatever the activity, e.g.
 * {@code ${orderNo}} for R-WO-4, which deducts once per order for a late contact <i>or</i> a late
 * visit.</li>
 * </ul>
 * Idempotent: the key is process instance + activity + staff + rule (+ breachKey), or rule + staff
 * + onceFor, so a retried job or a second node posts nothing twice.
 */
@Component("postDeduction")
public class PostDeduction implements JavaDelegate {

    private final Appraisal appraisal;

    public PostDeduction(Appraisal appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String rule = required(execution, "rule");
        String staff = required(execution, "staff");
        String reason = required(execution, "reason");
        EntryKind kind = EntryKind.valueOf(required(execution, "kind"));
        Object breachKey = execution.getVariableLocal("breachKey");
        if (breachKey != null && !reason.contains(breachKey.toString())) {
            reason = reason + "：" + breachKey;
        }

        Object onceFor = execution.getVariableLocal("onceFor");
        String key = onceFor != null && !onceFor.toString().isBlank()
                ? String.join(":", "once", rule, staff, onceFor.toString())
                : String.join(":", execution.getProcessInstanceId(), execution.getCurrentActivityId(), staff, rule)
                        + (breachKey == null ? "" : ":" + breachKey);
        Source source = new Source(processDefinitionKey(execution), execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(), execution.getCurrentActivityId());
        BigDecimal amount = new BigDecimal(required(execution, kind == EntryKind.POINTS ? "points" : "amountRmb"));
        Breach breach = kind == EntryKind.POINTS
                ? Breach.points(staff, amount, rule, reason, source, ClockUtil.getCurrentTime().toInstant(), postedBy(execution), key)
                : Breach.fine(staff, amount, rule, reason, source, ClockUtil.getCurrentTime().toInstant(), postedBy(execution), key);
        // The entry names its process instance, activity and order (its source); no variable points
        // back to it (issue 19: three rows per posting, in the deduction's own transaction).
        appraisal.post(breach);
    }

    private static String required(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("postDeduction at " + execution.getCurrentActivityId()
                    + " needs the input parameter '" + name + "'");
        }
        return value.toString();
    }

    /**
     * The key of the process the posting activity belongs to: its BPMN process element's id, from
     * the engine's model cache (asking the repository reads the definition's row on every posting).
     */
    private static String processDefinitionKey(DelegateExecution execution) {
        ModelElementInstance element = execution.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return element != null ? ((Process) element).getId()
                : execution.getProcessEngineServices().getRepositoryService()
                        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    }

    private static String postedBy(DelegateExecution execution) {
        return SystemUser.currentOrSystem(execution.getProcessEngineServices().getIdentityService());
    }
}
