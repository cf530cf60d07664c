package com.opsflow.attendance.internal;

/** Key and element ids of {@code bpmn/attendance/attendance-summary.bpmn}, spelled once. */
public final class AttendanceSummaryProcess {

    public static final String KEY = "attendance-summary";
    public static final String START_MONTH_START = "StartEvent_MonthStart";
    public static final String TASK_CHECK_DUE = "ServiceTask_CheckSummaryDue";
    public static final String TASK_BUILD = "ServiceTask_BuildSummary";
    public static final String TASK_ACKNOWLEDGE = "UserTask_AcknowledgeSummary";
    public static final String END_NOT_DUE = "EndEvent_NotDue";
    public static final String END_ACKNOWLEDGED = "EndEvent_SummaryAcknowledged";
    public static final String FORM_ACKNOWLEDGE = "attendance-summary-acknowledge";

    private AttendanceSummaryProcess() {
    }
}
