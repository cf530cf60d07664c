package com.opsflow.approval;

import java.util.List;

/** The process keys of the approval module, and the message the applicant withdraws with. */
public final class ApprovalProcesses {

    public static final String LEAVE = "leave";
    public static final String BUSINESS_TRIP = "business-trip";
    public static final String SECONDMENT = "secondment";
    public static final String DEVICE_ENTRY = "device-entry";
    public static final String FILE_TRANSFER = "file-transfer";
    /** The called process that every approval decides with (decide, remind, escalate). */
    public static final String DECISION = "approval-decision";

    /** Correlated to a request before its decision: the applicant withdraws it. */
    public static final String WITHDRAW_MESSAGE = "requestWithdrawn";

    /** Set at every end of a request: APPROVED, REJECTED, WITHDRAWN, ABSENT, INFECTED, IMPORTED, DONE. */
    public static final String OUTCOME = "outcome";
    public static final String APPLICANT = "applicant";

    public static final List<String> REQUESTS = List.of(LEAVE, BUSINESS_TRIP, SECONDMENT, DEVICE_ENTRY, FILE_TRANSFER);

    /** Element ids of {@code approval-decision} and the common ones of every request process. */
    public static final class Elements {

        /** The approver's user task in {@code approval-decision}. */
        public static final String DECIDE = "UserTask_Decide";
        public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";
        public static final String ESCALATION_DUE = "BoundaryEvent_EscalationDue";
        public static final String REMIND_APPROVER = "ServiceTask_RemindApprover";
        public static final String ESCALATE_TO_SUPERIOR = "ServiceTask_EscalateToSuperior";
        /** The call of {@code approval-decision} in leave, business-trip, device-entry and file-transfer. */
        public static final String CALL_DECIDE = "CallActivity_Decide";
        /** The applicant's withdrawal (message {@link ApprovalProcesses#WITHDRAW_MESSAGE}) on the decision. */
        public static final String WITHDRAWN = "BoundaryEvent_Withdrawn";

        private Elements() {
        }
    }

    private ApprovalProcesses() {
    }
}
