package com.opsflow.cockpit.internal;

import com.opsflow.appeal.AppealProcess;
import com.opsflow.approval.ApprovalProcesses;
import java.util.List;
import java.util.Map;

/**
 * A kind of decision that a manager may take from Cockpit's 待我審批: the user
 * task it completes and the actions offered. An action completes the task with the same variables
 * as the task's Camunda Form would submit, so the BPMN and its listeners decide exactly as in
 * Tasklist; the comment goes into {@code commentVariable}.
 */
record DecisionKind(String processKey, String taskKey, String typeLabel, List<Action> actions) {

    /** One button: its label, the variables it submits, where the comment goes and whether one is required. */
    record Action(String id, String label, Map<String, Object> variables, String commentVariable,
            boolean commentRequired, boolean primary) {
    }

    /**
     * The decisions of OpsFlow's processes, by process key and task key. Variables and ids are those
     * of the models and forms (spelled here as strings: the cockpit module reads, it does not
     * import the process modules' internals).
     */
    static final List<DecisionKind> ALL = List.of(
            new DecisionKind(ApprovalProcesses.DECISION, ApprovalProcesses.Elements.DECIDE, "審批", List.of(
                    new Action("approve", "核准", Map.of("approved", true), "approvalComment", false, true),
                    new Action("reject", "駁回", Map.of("approved", false), "decisionComment", true, false))),
            new DecisionKind("separation-review", "UserTask_ReviewSeparation", "離職／辭退審核", List.of(
                    new Action("confirm", "確認", Map.of("decision", "confirm"), "decisionReason", true, true),
                    new Action("overrule", "駁回", Map.of("decision", "overrule"), "decisionReason", true, false))),
            new DecisionKind(AppealProcess.KEY, AppealProcess.TASK_DECIDE, "考核申訴", List.of(
                    new Action("uphold", "申訴成立（沖銷）", Map.of("upheld", true), "decisionComment", true, true),
                    new Action("dismiss", "駁回申訴", Map.of("upheld", false), "decisionComment", true, false))),
            new DecisionKind("complaint", "UserTask_VerifyComplaint", "客戶投訴核實", List.of(
                    new Action("fault", "屬實（員工錯誤）", Map.of("staffFault", true), "verificationNote", true, false),
                    new Action("noFault", "不屬實", Map.of("staffFault", false), "verificationNote", true, true))),
            new DecisionKind("response-deadline", "UserTask_NotifyStation", "逾時升級通知", List.of(
                    new Action("notified", "已通知區站經理及站長", Map.of("stationNotified", true), "stationNoticeNote",
                            false, true))));

    static DecisionKind of(String processKey, String taskKey) {
        return ALL.stream().filter(k -> k.processKey.equals(processKey) && k.taskKey.equals(taskKey)).findFirst()
                .orElse(null);
    }

    static List<String> taskKeys() {
        return ALL.stream().map(DecisionKind::taskKey).distinct().toList();
    }
}
