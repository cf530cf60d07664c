package com.opsflow.staff.process;

/** R-AP-5: the key, element ids and variables of {@code unreachable-manager} (bpmn/staff/unreachable-manager.bpmn). */
public final class UnreachableManagerProcess {

    public static final String KEY = "unreachable-manager";
    public static final String CHECK_REPORT = "ServiceTask_CheckReport";
    public static final String CONFIRM = "UserTask_ConfirmUnreachable";
    public static final String CONFIRMATION_OVERDUE = "BoundaryEvent_ConfirmationOverdue";
    public static final String FINE = "ServiceTask_FinePhoneDuty";

    /** The manager who could not be reached (user id), and their name. */
    public static final String VAR_UNREACHABLE = "unreachable";
    public static final String VAR_UNREACHABLE_NAME = "unreachableName";
    /** When the call was tried: a date-time (Tasklist's field, ISO text, or a Date). */
    public static final String VAR_TRIED_AT = "triedAt";
    public static final String VAR_TRIED_AT_TEXT = "triedAtText";
    /** How it was tried (number dialled, how many times). */
    public static final String VAR_HOW_TRIED = "howTried";
    /** Who reports: the initiator of the start form, or the one completing an escalation task. */
    public static final String VAR_REPORTER = "reporter";
    public static final String VAR_REPORTER_NAME = "reporterName";
    /** Where the report comes from (an order's escalation step, or the start form). */
    public static final String VAR_SOURCE = "source";
    public static final String VAR_CONFIRMER = "confirmer";
    public static final String VAR_CONFIRMER_NAME = "confirmerName";
    public static final String VAR_CONFIRMED = "confirmed";
    public static final String VAR_CONFIRM_COMMENT = "confirmComment";

    private UnreachableManagerProcess() {
    }
}
