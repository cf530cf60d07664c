package com.opsflow.approval;

import com.opsflow.approval.internal.RequireRejectionComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans that the approval models call, registered on the in-memory engine: plain clock-time
 * durations instead of working time, a tiny organisation, and recorders for notifications,
 * absences, device registrations and transfer audit steps.
 */
final class ApprovalMocks {

    static final String APPLICANT = "eng-east-1";
    static final String GROUP_LEADER = "leader-1";
    static final String BUREAU_HEAD = "bureau-1";
    static final String UNIT_LEADER = "unit-leader";
    static final String BUREAU_SUPERIOR = "province-director";
    /**
     * Superiors: the group leader's is the bureau head (as in the demo organisation); here the bureau
     * head has one too, so every process shows its escalation (EscalateToSuperiorTest covers none).
     */
    static final Map<String, String> SUPERIORS = Map.of(GROUP_LEADER, BUREAU_HEAD, UNIT_LEADER, "unit-director",
            BUREAU_HEAD, BUREAU_SUPERIOR);

    record Sent(String to, String subject, String body) {
    }

    record Call(String activityId, Map<String, Object> variables) {
    }

    final List<Sent> mails = new ArrayList<>();
    final List<Call> absences = new ArrayList<>();
    final List<Call> devices = new ArrayList<>();
    final List<String> auditSteps = new ArrayList<>();

    static ApprovalMocks register() {
        ApprovalMocks mocks = new ApprovalMocks();
        Mocks.register("approvals", Map.of(
                "reminder", "PT4H",
                "escalation", "PT8H",
                "tripReportReminder", "PT7H",
                "fileOperatorGroup", "tech-support",
                "groupLeaderMaxLeaveDays", java.math.BigDecimal.ONE));
        Mocks.register("notifyPerson", (JavaDelegate) e -> mocks.mails.add(
                new Sent(str(e, "to"), str(e, "subject"), str(e, "body"))));
        Mocks.register("findApprover", (JavaDelegate) e -> {
            String approver = switch (str(e, "approverRole")) {
                case "groupLeader" -> GROUP_LEADER;
                case "bureauHead" -> BUREAU_HEAD;
                default -> throw new IllegalStateException("unknown role");
            };
            e.setVariable("approver", approver);
        });
        Mocks.register("escalateToSuperior", (JavaDelegate) e -> {
            String approver = str(e, "approver");
            e.setVariable("escalatedFrom", approver);
            e.setVariable("approver", SUPERIORS.getOrDefault(approver, approver));
        });
        Mocks.register("requireRejectionComment", new RequireRejectionComment());
        Mocks.register("describeRequest", (org.camunda.bpm.engine.delegate.TaskListener) t ->
                t.getExecution().setVariable("applicantName", "姓名 " + t.getExecution().getVariable("applicant")));
        Mocks.register("identifyApplicant", (JavaDelegate) e -> e.setVariable("filedBy", e.getVariable("applicant")));
        // the tests give leaveDays, filingDeadline and periodEnd as start variables
        Mocks.register("countLeaveDays", (JavaDelegate) e -> { });
        Mocks.register("checkPeriod", (JavaDelegate) e -> { });
        Mocks.register("checkStaff", (JavaDelegate) e -> { });
        Mocks.register("recordAbsence", (JavaDelegate) e -> mocks.absences.add(call(e)));
        Mocks.register("registerDevice", (JavaDelegate) e -> mocks.devices.add(call(e)));
        Mocks.register("recordTransferStep", (ExecutionListener) e -> mocks.auditSteps.add(e.getCurrentActivityId()));
        return mocks;
    }

    List<String> mailSubjectsTo(String userId) {
        return mails.stream().filter(m -> m.to().equals(userId)).map(Sent::subject).toList();
    }

    private static Call call(DelegateExecution e) {
        return new Call(e.getCurrentActivityId(), e.getVariables());
    }

    private static String str(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value == null ? null : value.toString();
    }
}
