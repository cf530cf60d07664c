package com.opsflow.workorder;

import java.util.List;

/**
 * The backing facts of the work-order BPMN models (bpmn/workorder/*.bpmn): process keys, element
 * ids and variable names, so no id is spelled twice in Java.
 */
public final class WorkOrderProcess {

    public static final String RESPONSE_DEADLINE = "response-deadline";
    public static final String CALLBACK = "callback";
    public static final List<String> ORDER_KEYS = List.of("installation", "repair", "renewal");

    // common to the three order processes
    public static final String START = "StartEvent_OrderReceived";
    public static final String PREPARE = "ServiceTask_PrepareOrder";
    public static final String DISPATCH = "UserTask_Dispatch";
    public static final String RECORD_DISPATCH = "ServiceTask_RecordDispatch";
    public static final String NOTIFY_ENGINEER = "ServiceTask_NotifyEngineer";
    public static final String CALL_RESPONSE = "CallActivity_ResponseDeadline";
    public static final String CALL_CALLBACK = "CallActivity_Callback";
    public static final String ORDER_CLOSED = "EndEvent_OrderClosed";

    // response-deadline (R-WO-1…4)
    public static final String CONTACT = "UserTask_ContactCustomer";
    public static final String CONTACT_OVERDUE = "BoundaryEvent_ContactOverdue";
    public static final String DEDUCT_LATE_CONTACT = "ServiceTask_DeductLateContact";
    public static final String NOTIFY_OPS_MANAGER = "UserTask_NotifyOpsManager";
    public static final String NOTIFY_STATION = "UserTask_NotifyStation";
    public static final String FINES_DUE = "TimerEvent_FinesDue";
    public static final String FINE_FIVE = "ServiceTask_FineFivePeople";
    public static final String ESCALATION = "SubProcess_Escalation";
    public static final String CHAIN_STALLED = "BoundaryEvent_ChainStalled";
    public static final String REMIND_RENEWAL_CONTACT = "ServiceTask_RemindRenewalContact";

    // repair (R-WO-4, 6, 7)
    public static final String ARRIVE = "UserTask_ArriveOnSite";
    public static final String ON_SITE_OVERDUE = "BoundaryEvent_OnSiteOverdue";
    public static final String DEDUCT_LATE_ON_SITE = "ServiceTask_DeductLateOnSite";
    public static final String REPAIR = "UserTask_Repair";
    public static final String ESCALATE_TECH = "UserTask_EscalateToTechSupport";
    public static final String ESCALATION_OVERDUE = "BoundaryEvent_EscalationOverdue";
    public static final String DEDUCT_LATE_ESCALATION = "ServiceTask_DeductLateEscalation";
    public static final String REMIND_ESCALATION = "ServiceTask_RemindEscalation";
    public static final String REPAIR_OVERDUE = "BoundaryEvent_RepairOverdue";
    public static final String DECIDE_REPAIR = "UserTask_DecideRepair";
    public static final String TECH_REPAIR = "UserTask_TechSupportRepair";
    public static final String FEEDBACK = "UserTask_Feedback";

    // installation (R-WO-5, 11)
    public static final String INSTALL = "UserTask_Install";
    public static final String INSTALLATION_OVERDUE = "BoundaryEvent_InstallationOverdue";
    public static final String DEDUCT_LATE_INSTALLATION = "ServiceTask_DeductLateInstallation";
    public static final String ARCHIVE_REGISTRATION = "UserTask_ArchiveRegistration";

    // renewal (R-WO-8)
    public static final String COLLECT_FEE = "UserTask_CollectFee";
    public static final String VISIT_OVERDUE = "BoundaryEvent_VisitOverdue";

    // callback (R-WO-8, 9, 10, 12)
    public static final String CALLBACK_TASK = "UserTask_Callback";
    public static final String CONDUCT_FINES = "ServiceTask_ConductFines";
    public static final String DEDUCT_APPEARANCE = "ServiceTask_DeductAppearance";
    public static final String CALL_VERIFY_COMPLAINT = "CallActivity_VerifyComplaint";

    // complaint (R-WO-10, R-WO-8): from any channel, verified by the ops manager
    public static final String COMPLAINT = "complaint";
    public static final String LOAD_ORDER = "ServiceTask_LoadOrder";
    public static final String VERIFY_COMPLAINT = "UserTask_VerifyComplaint";
    public static final String DEDUCT_COMPLAINT = "ServiceTask_DeductComplaint";
    public static final String DEDUCT_LATE_VISIT = "ServiceTask_DeductLateVisit";

    /**
     * R-WO-12: the six items of 運維人員上門行為規範準則, in the order the source numbers them
     * (1 appointment, visit on time, full tool kit; 2 knock; 3 greeting and shoe covers; 4 tidy;
     * 5 closing words; 6 no gifts): variable → Chinese label. Each breach is one fine and one count
     * toward R-AP-4.
     */
    public static final List<List<String>> CONDUCT_ITEMS = List.of(
            List.of("breachAppointment", "未在電話中約定上門時間、未按約定時間上門或未攜帶全套工具"),
            List.of("breachKnock", "未按規定敲門"),
            List.of("breachGreeting", "未使用規範用語或未徵得同意便不穿鞋套"),
            List.of("breachTidy", "未保持室內整潔、未清理現場"),
            List.of("breachClosingWords", "離開時未使用規範結束語"),
            List.of("breachGifts", "接受用戶物品"));

    /** R-WO-9 items: any one → −0.5 point once per visit. */
    public static final List<List<String>> APPEARANCE_ITEMS = List.of(
            List.of("breachTools", "未攜帶全套工具"),
            List.of("breachBadge", "未佩帶工作證"),
            List.of("breachDress", "著裝不整齊乾淨或留長髮"));

    private WorkOrderProcess() {
    }

    // Variables read outside the module (reporting's KPIs, the demo history), spelled once here.

    // set when the order is taken (start form or REST) and by its first steps
    public static final String VAR_ORDER_NO = "orderNo";
    public static final String VAR_ORDER_TYPE = "orderType";
    public static final String VAR_CUSTOMER_NAME = "customerName";
    public static final String VAR_STATION = "station";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_ENGINEER = "engineer";
    /** The time the user asked for at intake (optional): a Date or an ISO date-time string. */
    public static final String VAR_AGREED_TIME = "agreedTime";
    /**
     * The order's work deadline as the process applies it (a Date): repair on site (R-WO-4),
     * installation done — the earlier of the two days and the visit agreed on the contact call
     * (R-WO-5) — and the renewal visit (R-WO-8).
     */
    public static final String VAR_WORK_DUE = "workDue";
    /**
     * The moment of dispatch (a Date written by {@link #RECORD_DISPATCH} on orders dispatched before
     * the models 1.4.0; since then it is the order's row's and the end of {@link #RECORD_DISPATCH}):
     * every deadline's clock starts here.
     */
    public static final String VAR_DISPATCHED_AT = "dispatchedAt";

    // submitted with the tasks' forms (forms/workorder/)
    public static final String VAR_OPS_MANAGER_NOTIFIED = "opsManagerNotified";
    public static final String VAR_STATION_NOTIFIED = "stationNotified";
    /** The visit agreed with the user on the contact call (R-WO-1, door code item 1): a date-time, required. */
    public static final String VAR_APPOINTMENT = "appointment";
    public static final String VAR_SOLVED = "solved";
    public static final String VAR_REPAIR_NOTE = "repairNote";
    public static final String VAR_FAULT_DESCRIPTION = "faultDescription";
    public static final String VAR_TECH_CONTACTED = "techContacted";
    public static final String VAR_TECH_NOTE = "techNote";
    public static final String VAR_FEEDBACK = "feedback";
    public static final String VAR_REGISTRATION_ACCOUNT = "registrationAccount";
    public static final String VAR_REGISTRATION_BANDWIDTH = "registrationBandwidth";
    public static final String VAR_REGISTRATION_DEVICE = "registrationDevice";
    public static final String VAR_REGISTRATION_MATERIALS = "registrationMaterials";
    public static final String VAR_REGISTRATION_CUSTOMER_SIGNED = "registrationCustomerSigned";
    public static final String VAR_ACCOUNT_TOLD = "accountTold";
    public static final String VAR_FEE_COLLECTED = "feeCollected";
    public static final String VAR_RECEIPT_NO = "receiptNo";
    /** Callback (回訪): satisfaction 1–5 (K-1). */
    public static final String VAR_SATISFACTION = "satisfaction";
    /** Callback: the customer complained. */
    public static final String VAR_COMPLAINT = "complaint";
    public static final String VAR_COMPLAINT_TEXT = "complaintText";
    public static final String VAR_CALLBACK_NOTE = "callbackNote";
    /** Complaint verified as the staff member's fault (R-WO-10), set by {@link #VERIFY_COMPLAINT}. */
    public static final String VAR_STAFF_FAULT = "staffFault";
    public static final String VAR_LATE_VISIT = "lateVisit";
    public static final String VAR_VERIFICATION_NOTE = "verificationNote";
    /** The staff member the ops manager names at fault for a verified complaint (R-WO-10). */
    public static final String VAR_FAULT_STAFF = "faultStaff";
    public static final String VAR_REGISTRATION_FILED = "registrationFiled";
    /** Tech support confirms the late hand-over delayed the fix (R-WO-6). */
    public static final String VAR_HANDOVER_DELAYED_FIX = "handoverDelayedFix";
}
