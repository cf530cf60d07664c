package com.opsflow.reporting.internal;

import java.util.List;
import java.util.Map;

/**
 * Every process-specific name the KPIs read from Camunda history, in one place: the work-order
 * processes' keys, their activity ids and variable names (issue 4). When the work-order models
 * change an id, this class is the one-line fix. Aligned with {@code workorder.WorkOrderProcess} of the
 * work-order branch (not imported: reporting reads history, not the work-order module). The
 * test-only models {@code src/test/resources/reporting/kpi-test-*.bpmn} use exactly these names.
 */
public final class WorkOrderFacts {

    /** Process key → order type as the work-order API spells it. */
    public static final Map<String, String> TYPE_BY_PROCESS_KEY = Map.of(
            "installation", "INSTALLATION",
            "repair", "REPAIR",
            "renewal", "RENEWAL");

    public static final List<String> PROCESS_KEYS = List.of("installation", "repair", "renewal");

    // Variables of the order's process instance.
    public static final String VAR_TYPE = "orderType";
    public static final String VAR_STATION = "station";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_ENGINEER = "engineer";
    public static final String VAR_CUSTOMER_NAME = "customerName";
    /** Installation/renewal appointment (R-WO-5, R-WO-8): a Date or an ISO date-time string. */
    public static final String VAR_AGREED_TIME = "agreedTime";
    /** Callback (回訪): satisfaction 1–5 (K-1). */
    public static final String VAR_SATISFACTION = "satisfaction";
    /** Callback: the customer complained. */
    public static final String VAR_COMPLAINT = "complaint";
    /** Complaint verified as the staff member's fault (R-WO-10), set by the verification task. */
    public static final String VAR_COMPLAINT_VERIFIED = "staffFault";
    /** The moment of dispatch (a Date written by the dispatch step): every deadline's clock starts here. */
    public static final String VAR_DISPATCHED_AT = "dispatchedAt";

    public static final List<String> VARIABLES = List.of(VAR_TYPE, VAR_STATION, VAR_CHANNEL, VAR_ENGINEER,
            VAR_CUSTOMER_NAME, VAR_AGREED_TIME, VAR_SATISFACTION, VAR_COMPLAINT, VAR_COMPLAINT_VERIFIED, VAR_DISPATCHED_AT);

    // Activities (in the order's process or in the called response-deadline process).
    /** Records the dispatch; its end is the dispatch when {@link #VAR_DISPATCHED_AT} is missing. Without either: the order's start. */
    public static final String ACTIVITY_DISPATCH = "ServiceTask_RecordDispatch";
    /** "聯系用戶" (R-WO-1): its end is the contact. */
    public static final String ACTIVITY_CONTACT = "UserTask_ContactCustomer";
    /** Engineer on site (R-WO-4, repair): its end is the arrival. */
    public static final String ACTIVITY_ON_SITE = "UserTask_ArriveOnSite";
    /** Installation done (R-WO-5): its end is the completion of the installation. */
    public static final String ACTIVITY_INSTALLATION_DONE = "UserTask_Install";
    /** Tech-support escalation (R-WO-6): reached = escalated. */
    public static final String ACTIVITY_TECH_SUPPORT = "UserTask_EscalateToTechSupport";

    /** Escalation chain of R-WO-2/R-WO-3, level by level: the activity whose start means "reached". */
    public static final List<Escalation> ESCALATIONS = List.of(
            new Escalation(1, "R-WO-2", "客服通知運營部經理", "UserTask_NotifyOpsManager"),
            new Escalation(2, "R-WO-2", "運營部經理通知區站經理及站長", "UserTask_NotifyStation"),
            new Escalation(3, "R-WO-3", "五人各罰 200 元", "ServiceTask_FineFivePeople"));

    public record Escalation(int level, String rule, String label, String activityId) {
    }

    public static List<String> activityIds() {
        List<String> ids = new java.util.ArrayList<>(List.of(ACTIVITY_DISPATCH, ACTIVITY_CONTACT, ACTIVITY_ON_SITE,
                ACTIVITY_INSTALLATION_DONE, ACTIVITY_TECH_SUPPORT));
        ESCALATIONS.forEach(e -> ids.add(e.activityId()));
        return ids;
    }

    private WorkOrderFacts() {
    }
}
