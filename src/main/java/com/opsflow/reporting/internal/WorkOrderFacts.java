package com.opsflow.reporting.internal;

import static com.opsflow.workorder.WorkOrderProcess.ARRIVE;
import static com.opsflow.workorder.WorkOrderProcess.CONTACT;
import static com.opsflow.workorder.WorkOrderProcess.ESCALATE_TECH;
import static com.opsflow.workorder.WorkOrderProcess.FINE_FIVE;
import static com.opsflow.workorder.WorkOrderProcess.INSTALL;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_OPS_MANAGER;
import static com.opsflow.workorder.WorkOrderProcess.NOTIFY_STATION;
import static com.opsflow.workorder.WorkOrderProcess.RECORD_DISPATCH;

import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which work-order facts the KPIs read from Camunda history: the process keys, the activities
 * whose start or end is a measured moment, the variables. The names themselves are the work-order
 * module's ({@link WorkOrderProcess}, {@link WorkOrderType}), never spelled here: renaming an id in
 * a model and its backing class moves the KPIs with it, and the KPI tests, which run on the real
 * models of {@code bpmn/workorder/}, fail where a model and its backing class part.
 */
public final class WorkOrderFacts {

    /** Process key → order type as the work-order API spells it. */
    public static final Map<String, String> TYPE_BY_PROCESS_KEY = Arrays.stream(WorkOrderType.values())
            .collect(Collectors.toUnmodifiableMap(WorkOrderType::processKey, WorkOrderType::name));

    public static final List<String> PROCESS_KEYS = WorkOrderProcess.ORDER_KEYS;

    // Variables of the order's process instance.
    public static final String VAR_TYPE = WorkOrderProcess.VAR_ORDER_TYPE;
    public static final String VAR_STATION = WorkOrderProcess.VAR_STATION;
    public static final String VAR_CHANNEL = WorkOrderProcess.VAR_CHANNEL;
    public static final String VAR_ENGINEER = WorkOrderProcess.VAR_ENGINEER;
    public static final String VAR_CUSTOMER_NAME = WorkOrderProcess.VAR_CUSTOMER_NAME;
    /** Installation/renewal appointment (R-WO-5, R-WO-8): a Date or an ISO date-time string. */
    public static final String VAR_AGREED_TIME = WorkOrderProcess.VAR_AGREED_TIME;
    /** The work deadline the process applies (R-WO-5: the earlier of two days and the agreed visit). */
    public static final String VAR_WORK_DUE = WorkOrderProcess.VAR_WORK_DUE;
    /** Callback (回訪): satisfaction 1–5 (K-1). */
    public static final String VAR_SATISFACTION = WorkOrderProcess.VAR_SATISFACTION;
    /** Callback: the customer complained. */
    public static final String VAR_COMPLAINT = WorkOrderProcess.VAR_COMPLAINT;
    /** Complaint verified as the staff member's fault (R-WO-10), set by the verification task. */
    public static final String VAR_COMPLAINT_VERIFIED = WorkOrderProcess.VAR_STAFF_FAULT;
    /** The moment of dispatch (a Date written by the dispatch step): every deadline's clock starts here. */
    public static final String VAR_DISPATCHED_AT = WorkOrderProcess.VAR_DISPATCHED_AT;

    public static final List<String> VARIABLES = List.of(VAR_TYPE, VAR_STATION, VAR_CHANNEL, VAR_ENGINEER,
            VAR_CUSTOMER_NAME, VAR_AGREED_TIME, VAR_WORK_DUE, VAR_SATISFACTION, VAR_COMPLAINT, VAR_COMPLAINT_VERIFIED, VAR_DISPATCHED_AT);

    // Activities (in the order's process or in the called response-deadline process).
    /** Records the dispatch; its end is the dispatch when {@link #VAR_DISPATCHED_AT} is missing. Without either: the order's start. */
    public static final String ACTIVITY_DISPATCH = RECORD_DISPATCH;
    /** "聯系用戶" (R-WO-1): its end is the contact. */
    public static final String ACTIVITY_CONTACT = CONTACT;
    /** Engineer on site (R-WO-4, repair): its end is the arrival. */
    public static final String ACTIVITY_ON_SITE = ARRIVE;
    /** Installation done (R-WO-5): its end is the completion of the installation. */
    public static final String ACTIVITY_INSTALLATION_DONE = INSTALL;
    /** Tech-support escalation (R-WO-6): reached = escalated. */
    public static final String ACTIVITY_TECH_SUPPORT = ESCALATE_TECH;

    /** Escalation chain of R-WO-2/R-WO-3, level by level: the activity whose start means "reached". */
    public static final List<Escalation> ESCALATIONS = List.of(
            new Escalation(1, "R-WO-2", "客服通知運營部經理", NOTIFY_OPS_MANAGER),
            new Escalation(2, "R-WO-2", "運營部經理通知區站經理及站長", NOTIFY_STATION),
            new Escalation(3, "R-WO-3", "五人各罰款", FINE_FIVE));

    public record Escalation(int level, String rule, String label, String activityId) {
    }

    public static List<String> activityIds() {
        List<String> ids = new ArrayList<>(List.of(ACTIVITY_DISPATCH, ACTIVITY_CONTACT, ACTIVITY_ON_SITE,
                ACTIVITY_INSTALLATION_DONE, ACTIVITY_TECH_SUPPORT));
        ESCALATIONS.forEach(e -> ids.add(e.activityId()));
        return ids;
    }

    private WorkOrderFacts() {
    }
}
