package com.opsflow.appeal;

/** The {@code appeal} process (bpmn/appraisal/appeal.bpmn): key, element ids and variables, spelled once. */
public final class AppealProcess {

    public static final String KEY = "appeal";

    public static final String START = "StartEvent_AppealFiled";
    public static final String CHECK = "ServiceTask_CheckAppeal";
    public static final String TASK_DECIDE = "UserTask_DecideAppeal";
    public static final String REVERSE = "ServiceTask_ReverseEntry";
    public static final String END_UPHELD = "EndEvent_AppealUpheld";
    public static final String END_DISMISSED = "EndEvent_AppealDismissed";

    // Filed (REST or the start form appeal-file)
    public static final String ENTRY_ID = "entryId";
    public static final String APPEAL_REASON = "appealReason";
    /** The initiator (camunda:initiator). */
    public static final String APPELLANT = "appellant";

    // Set by checkAppeal
    public static final String APPELLANT_NAME = "appellantName";
    public static final String ENTRY_SUMMARY = "entrySummary";
    public static final String ENTRY_OCCURRED_AT = "entryOccurredAt";
    public static final String OPS_MANAGER = "opsManager";

    // The decision (form appeal-decision, or Cockpit's 待我審批)
    public static final String UPHELD = "upheld";
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String DECIDED_BY = "decidedBy";
    public static final String DECIDED_BY_NAME = "decidedByName";
    public static final String DECIDED_AT = "decidedAt";

    // Set by reverseAppealedEntry
    public static final String REVERSAL_ENTRY_ID = "reversalEntryId";

    /** One appeal per entry at a time: the business key. */
    public static String businessKey(long entryId) {
        return "entry:" + entryId;
    }

    private AppealProcess() {
    }
}
