package com.opsflow.workorder.internal;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.SystemUser;
import com.opsflow.workorder.DeadlineProperties;
import com.opsflow.workorder.OrderData;
import com.opsflow.workorder.OrderSearch;
import com.opsflow.workorder.OrderSummary;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderType;
import com.opsflow.workorder.WorkOrderView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Reading orders: one order's view (status, deadlines, notes, history, ledger entries, the
 * registration form of R-WO-11) and the search of the order list, from Camunda's history as the
 * system (the API decides who may read).
 */
@Component
class OrderViews {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final DeadlineProperties deadlines;
    private final AppraisalLedger ledger;
    private final RegistrationArchive registrations;
    private final OrderRecords records;
    private final JdbcOrderSearch finder;

    OrderViews(RuntimeService runtimeService, HistoryService historyService, TaskService taskService, IdentityService identityService, DeadlineProperties deadlines, AppraisalLedger ledger, RegistrationArchive registrations, OrderRecords records, JdbcOrderSearch finder) {
        this.records = records;
        this.finder = finder;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.deadlines = deadlines;
        this.ledger = ledger;
        this.registrations = registrations;
    }

    private static final String CANCELED = "CANCELED";

    private static String status(HistoricProcessInstance root) {
        if (root.getEndTime() == null) {
            return "ACTIVE";
        }
        // withdrawn (cancelled with a reason) or deleted by an administrator: not completed
        return HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(root.getState()) || root.getDeleteReason() != null
                ? CANCELED : "COMPLETED";
    }

    private static final Map<String, String> STATUS_NAMES = Map.of("ACTIVE", "進行中", "COMPLETED", "已完成", CANCELED, "已撤單");

    public Optional<WorkOrderView> find(String orderNo) {
        // The API decides who may read an order; Camunda's history permissions are for Cockpit.
        return SystemUser.call(identityService, () -> view(orderNo));
    }

    private Optional<WorkOrderView> view(String orderNo) {
        HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(orderNo)
                .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new))
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst().orElse(null);
        if (root == null) {
            return registrations.find(orderNo).map(OrderViews::archived);
        }
        List<HistoricProcessInstance> instances = new ArrayList<>();
        instances.add(root);
        // the called processes and the complaints share the order number as business key
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo).list().stream()
                .filter(i -> !i.getId().equals(root.getId())
                        && (root.getId().equals(i.getRootProcessInstanceId()) || WorkOrderProcess.COMPLAINT.equals(i.getProcessDefinitionKey())))
                .forEach(instances::add);
        String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        Map<String, String> keyOf = new HashMap<>();
        instances.forEach(i -> keyOf.put(i.getId(), i.getProcessDefinitionKey()));

        Map<String, Object> vars = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(root.getId()).list()) {
            if (v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(root.getId())
                    || v.getActivityInstanceId().equals(root.getRootProcessInstanceId())) {
                vars.put(v.getName(), v.getValue());
            } else {
                vars.putIfAbsent(v.getName(), v.getValue());
            }
        }
        // the station's and engineer's names are in the order's row, not variables (issue 19)
        records.find(orderNo).ifPresent(o -> o.values().forEach(vars::putIfAbsent));
        if (!(vars.get(WorkOrderProcess.VAR_APPOINTMENT) instanceof Date)) {
            // since the models 1.5.0 the appointment stays in the response-deadline process
            AgreedVisit.in(historyService, instances.stream()
                    .filter(i -> WorkOrderProcess.RESPONSE_DEADLINE.equals(i.getProcessDefinitionKey()))
                    .map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .ifPresent(date -> vars.put(WorkOrderProcess.VAR_APPOINTMENT, date));
        }
        Map<String, Object> order = new LinkedHashMap<>();
        for (String name : List.of("customerName", "customerPhone", "address", "station", "stationName", "channel",
                "description", "engineer", "csAgent", "agreedTime", "appointment", "fee", "satisfaction")) {
            Object value = vars.get(name);
            order.put(name, value instanceof Date d ? d.toInstant() : value);
        }

        List<HistoricActivityInstance> activities = new ArrayList<>();
        for (String id : ids) {
            activities.addAll(historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
        }
        List<WorkOrderView.Step> history = activities.stream()
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new WorkOrderView.Step(keyOf.get(a.getProcessInstanceId()), a.getActivityId(),
                        a.getActivityName(), a.getActivityType(), a.getAssignee(), instant(a.getStartTime()),
                        instant(a.getEndTime()), a.isCanceled()))
                .toList();

        WorkOrderType type = WorkOrderType.ofProcessKey(root.getProcessDefinitionKey());
        String status = status(root);
        boolean canceled = CANCELED.equals(status);
        List<WorkOrderView.Deadline> deadlineStates = new ArrayList<>();
        deadlineStates.add(deadline("聯系用戶", "R-WO-1", vars.get("contactDue"), activities, WorkOrderProcess.CONTACT, canceled));
        switch (type) {
            case REPAIR -> deadlineStates.add(deadline("到達現場", "R-WO-4", vars.get("workDue"), activities, WorkOrderProcess.ARRIVE, canceled));
            case INSTALLATION -> deadlineStates.add(deadline("完成安裝", "R-WO-5", vars.get("workDue"), activities, WorkOrderProcess.INSTALL, canceled));
            case RENEWAL -> deadlineStates.add(deadline("上門收費", "R-WO-8", vars.get("workDue"), activities, WorkOrderProcess.COLLECT_FEE, canceled));
        }

        List<WorkOrderView.OpenTask> open = taskService.createTaskQuery().processInstanceIdIn(ids).orderByDueDate().asc()
                .list().stream()
                .map(t -> new WorkOrderView.OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        instant(t.getDueDate())))
                .toList();
        List<WorkOrderView.Deduction> deductions = new ArrayList<>();
        for (String id : ids) {
            ledger.entries(null, null, id).forEach(e -> deductions.add(new WorkOrderView.Deduction(e.id(), e.staff(),
                    e.kind().name(), e.points(), e.amountRmb(), e.rule(), e.reason(), e.occurredAt(), e.reversalOf())));
        }
        deductions.sort(Comparator.comparing(WorkOrderView.Deduction::entryId));
        WorkOrderView.Cancellation cancellation = canceled
                ? new WorkOrderView.Cancellation(text(vars.get("cancelReason")), text(vars.get("canceledBy")),
                        vars.get("canceledAt") instanceof Date d ? d.toInstant() : instant(root.getEndTime()))
                : null;
        return Optional.of(new WorkOrderView(orderNo, type.name(), status, root.getId(), instant(root.getStartTime()),
                instant(root.getEndTime()), order, open, deadlineStates, history, deductions,
                registrations.find(orderNo).orElse(null), notes(ids, activities), cancellation));
    }

    /**
     * The notes of the form fields staff write on the order's tasks, as the forms label them: the
     * engineer's notes first of all, which the callback agent reads before calling the customer.
     */
    static final Map<String, String> NOTES = notesInOrder();

    private static Map<String, String> notesInOrder() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("contactNote", "聯系記錄");
        notes.put("notifyNote", "通知運營部經理備註");
        notes.put("stationNoticeNote", "通知區站備註");
        notes.put("arrivalNote", "到場記錄");
        notes.put("repairNote", "維修記錄");
        notes.put("faultDescription", "故障描述（上報技術支援）");
        notes.put("techNote", "技術支援處理記錄");
        notes.put("feedback", "處理結果反饋");
        notes.put("installNote", "安裝備註");
        notes.put("visitNote", "上門收費備註");
        notes.put("callbackNote", "回訪記錄");
        notes.put("complaintText", "投訴內容");
        notes.put("verificationNote", "投訴核實說明");
        return Map.copyOf(notes);
    }

    private List<WorkOrderView.Note> notes(String[] instanceIds, List<HistoricActivityInstance> activities) {
        Map<String, HistoricActivityInstance> activityById = new HashMap<>();
        activities.forEach(a -> activityById.put(a.getId(), a));
        List<WorkOrderView.Note> notes = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (var detail : historyService.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(instanceIds)
                .disableCustomObjectDeserialization().orderByTime().asc().list()) {
            if (!(detail instanceof HistoricVariableUpdate update) || !NOTES.containsKey(update.getVariableName())
                    || !(update.getValue() instanceof String text) || text.isBlank()
                    || !seen.add(update.getVariableName() + "\u0000" + text.trim())) {
                continue; // a complaint's words mapped into its verification are the same note
            }
            HistoricActivityInstance step = activityById.get(update.getActivityInstanceId());
            notes.add(new WorkOrderView.Note(update.getVariableName(), NOTES.get(update.getVariableName()), text.trim(),
                    step == null ? null : step.getActivityName(), step == null ? null : step.getAssignee(),
                    instant(update.getTime())));
        }
        return notes;
    }

    public List<OrderSummary> search(OrderSearch search) {
        OrderSearch q = search == null ? OrderSearch.everything() : search;
        String status = blank(q.status()) ? null : q.status().trim().toUpperCase();
        Map<String, String> errors = new LinkedHashMap<>();
        if (status != null && !STATUS_NAMES.containsKey(status)) {
            errors.put("status", "狀態無效 / status must be ACTIVE, COMPLETED or CANCELED");
        }
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            errors.put("from", "開始日期不可晚於結束日期 / from is after to");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("查詢條件有誤 / invalid search", errors);
        }
        Instant from = q.from() == null ? null : q.from().atStartOfDay(deadlines.zone()).toInstant();
        Instant to = q.to() == null ? null : q.to().plusDays(1).atStartOfDay(deadlines.zone()).toInstant();
        // customer, phone and address are in the order's row only (models 1.4.0): searched there
        List<String> ids = finder.instanceIds(q, status, from, to);
        if (ids.isEmpty()) {
            return List.of();
        }
        return SystemUser.call(identityService, () -> {
            Map<String, HistoricProcessInstance> byId = new HashMap<>();
            historyService.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list()
                    .forEach(i -> byId.put(i.getId(), i));
            List<HistoricProcessInstance> found = ids.stream().map(byId::get).filter(i -> i != null).toList();
            Map<String, OrderData> rows = records.findAll(found.stream().map(HistoricProcessInstance::getBusinessKey).toList());
            // the steps each order waits at: its tasks and those of its called processes (same business key)
            Map<String, List<String>> openOf = new HashMap<>();
            String[] keys = found.stream().map(HistoricProcessInstance::getBusinessKey).filter(k -> k != null)
                    .toArray(String[]::new);
            List<org.camunda.bpm.engine.task.Task> tasks = keys.length == 0 ? List.of()
                    : taskService.createTaskQuery().processInstanceBusinessKeyIn(keys).orderByDueDate().asc().list();
            if (!tasks.isEmpty()) {
                Map<String, String> keyOf = new HashMap<>();
                runtimeService.createProcessInstanceQuery().processInstanceIds(tasks.stream()
                        .map(org.camunda.bpm.engine.task.Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
                        .list().forEach(p -> keyOf.put(p.getId(), p.getBusinessKey()));
                tasks.forEach(t -> openOf.computeIfAbsent(keyOf.get(t.getProcessInstanceId()), k -> new ArrayList<>())
                        .add(t.getName()));
            }
            return found.stream().map(i -> {
                OrderData o = rows.get(i.getBusinessKey());
                return new OrderSummary(i.getBusinessKey(), WorkOrderType.ofProcessKey(i.getProcessDefinitionKey()).name(),
                        status(i), o == null ? null : o.customerName(), o == null ? null : o.customerPhone(),
                        o == null ? null : o.address(), o == null ? null : o.station(), o == null ? null : o.engineer(),
                        instant(i.getStartTime()), instant(i.getEndTime()),
                        List.copyOf(openOf.getOrDefault(i.getBusinessKey(), List.of())));
            }).toList();
        });
    }

    /** R-WO-11: an installation whose history was cleaned up still shows its registration form. */
    private static WorkOrderView archived(com.opsflow.workorder.Registration r) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customerName", r.customerName());
        order.put("customerPhone", r.customerPhone());
        order.put("address", r.address());
        order.put("station", r.station());
        order.put("engineer", r.engineer());
        return new WorkOrderView(r.orderNo(), WorkOrderType.INSTALLATION.name(), "ARCHIVED", null, null, null, order,
                List.of(), List.of(), List.of(), List.of(), r, List.of(), null);
    }

    private static WorkOrderView.Deadline deadline(String name, String rule, Object dueValue,
            List<HistoricActivityInstance> activities, String activityId, boolean canceled) {
        Instant due = dueValue instanceof Date d ? d.toInstant() : null;
        Instant doneAt = activities.stream()
                .filter(a -> a.getActivityId().equals(activityId) && a.getEndTime() != null && !a.isCanceled())
                .map(a -> a.getEndTime().toInstant()).findFirst().orElse(null);
        String state;
        if (due == null) {
            state = "NOT_STARTED"; // not dispatched yet
        } else if (doneAt != null) {
            state = doneAt.isAfter(due) ? "MISSED" : "MET";
        } else if (canceled) {
            state = CANCELED; // ended with the order, neither met nor missed: no fine fell
        } else {
            state = ClockUtil.getCurrentTime().toInstant().isAfter(due) ? "MISSED" : "PENDING";
        }
        return new WorkOrderView.Deadline(name, rule, due, doneAt, state);
    }


    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
