package com.opsflow.workorder.internal;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.NotFoundException;
import com.opsflow.workorder.ComplaintRecorded;
import com.opsflow.workorder.NewComplaint;
import com.opsflow.workorder.Deadlines;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderType;
import com.opsflow.workorder.WorkOrderView;
import com.opsflow.workorder.WorkOrders;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

@Service
class WorkOrderService implements WorkOrders {

    /** Mainland mobile (11 digits) or a landline with area code. */
    static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");
    static final Set<String> CHANNELS = Set.of("PHONE", "WEB", "WECHAT", "WALK_IN", "OTHER");

    private final StaffDirectory directory;
    private final OrderNumbers numbers;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Deadlines deadlines;
    private final AppraisalLedger ledger;
    private final RegistrationArchive registrations;

    WorkOrderService(StaffDirectory directory, OrderNumbers numbers, RuntimeService runtimeService,
            HistoryService historyService, TaskService taskService, IdentityService identityService, Deadlines deadlines,
            AppraisalLedger ledger, RegistrationArchive registrations) {
        this.ledger = ledger;
        this.registrations = registrations;
        this.directory = directory;
        this.numbers = numbers;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.deadlines = deadlines;
    }

    @Override
    public OrderCreated create(NewWorkOrder order, String takenBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        WorkOrderType type = null;
        if (blank(order.type())) {
            errors.put("type", "必填：INSTALLATION、REPAIR 或 RENEWAL / required");
        } else {
            try {
                type = WorkOrderType.valueOf(order.type().trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.put("type", "工單類型無效 / must be INSTALLATION, REPAIR or RENEWAL");
            }
        }
        requireText(errors, "customerName", order.customerName(), "客戶姓名", 100);
        if (blank(order.customerPhone())) {
            errors.put("customerPhone", "必填：聯系電話 / required");
        } else if (!PHONE.matcher(order.customerPhone().trim()).matches()) {
            errors.put("customerPhone", "電話號碼格式不正確 (手機 11 位或區號-號碼) / not a phone number");
        }
        requireText(errors, "address", order.address(), "地址", 300);
        boolean stationKnown = false;
        if (blank(order.station())) {
            errors.put("station", "必填：區站 / required");
        } else if (directory.station(order.station().trim()).isEmpty()) {
            errors.put("station", "查無此區站 / unknown station: " + order.station());
        } else {
            stationKnown = true;
        }
        if (blank(order.channel())) {
            errors.put("channel", "必填：受理渠道 / required");
        } else if (!CHANNELS.contains(order.channel().trim().toUpperCase())) {
            errors.put("channel", "受理渠道無效 / must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        if (order.description() != null && order.description().length() > 2000) {
            errors.put("description", "需求說明過長 / at most 2000 characters");
        }
        if (!blank(order.engineer())) {
            Optional<Staff> engineer = directory.find(order.engineer().trim());
            if (engineer.isEmpty() || !engineer.get().inGroup(Groups.ENGINEER)) {
                errors.put("engineer", "查無此工程師 / unknown engineer: " + order.engineer());
            } else if (stationKnown && !engineer.get().station().map(s -> s.equals(order.station().trim())).orElse(false)) {
                errors.put("engineer", "工程師不屬於該區站 / engineer is not of station " + order.station());
            }
        }
        Date agreed = null;
        if (!blank(order.agreedTime())) {
            agreed = parseTime(order.agreedTime().trim());
            if (agreed == null) {
                errors.put("agreedTime", "時間格式不正確 (ISO，例如 2026-11-25T15:30:00+08:00) / not an ISO date-time");
            } else if (!agreed.after(ClockUtil.getCurrentTime())) {
                errors.put("agreedTime", "約定時間已過 / the appointment is in the past");
            }
        }
        if (type == WorkOrderType.RENEWAL) {
            if (order.fee() == null) {
                errors.put("fee", "續費須填寫金額 / required for a renewal");
            } else if (order.fee().signum() <= 0 || order.fee().scale() > 2) {
                errors.put("fee", "金額須大於零，最多兩位小數 / must be positive with at most 2 decimals");
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("工單資料有誤 / invalid work order", errors);
        }

        String orderNo = numbers.next();
        Map<String, Object> vars = new HashMap<>();
        vars.put("orderNo", orderNo);
        vars.put("orderType", type.name());
        vars.put("customerName", order.customerName().trim());
        vars.put("customerPhone", order.customerPhone().trim());
        vars.put("address", order.address().trim());
        vars.put("station", order.station().trim());
        vars.put("channel", order.channel().trim().toUpperCase());
        vars.put("description", order.description() == null ? "" : order.description().trim());
        vars.put("engineer", blank(order.engineer()) ? null : order.engineer().trim());
        vars.put("agreedTime", agreed);
        vars.put("csAgent", takenBy);
        if (type == WorkOrderType.RENEWAL) {
            vars.put("fee", order.fee().doubleValue());
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(type.processKey(), orderNo, vars);
        return new OrderCreated(orderNo, instance.getId());
    }

    static final Set<String> COMPLAINT_CHANNELS = Set.of("PHONE", "WEB", "WECHAT", "WALK_IN", "CALLBACK", "OTHER");

    @Override
    public ComplaintRecorded complain(String orderNo, NewComplaint complaint, String recordedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = complaint == null ? null : complaint.complaint();
        requireText(errors, "complaint", text, "投訴內容", 2000);
        String channel = complaint == null || blank(complaint.channel()) ? "PHONE" : complaint.channel().trim().toUpperCase();
        if (!COMPLAINT_CHANNELS.contains(channel)) {
            errors.put("channel", "投訴渠道無效 / must be one of " + String.join(", ", COMPLAINT_CHANNELS.stream().sorted().toList()));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("投訴資料有誤 / invalid complaint", errors);
        }
        boolean known = asSystem(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(orderNo)
                .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new)).count() > 0);
        if (!known) {
            throw new NotFoundException("查無此工單 / no work order " + orderNo);
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("orderNo", orderNo);
        vars.put("complaintText", text.trim());
        vars.put("complaintChannel", channel);
        vars.put("initiator", recordedBy);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(WorkOrderProcess.COMPLAINT, orderNo, vars);
        return new ComplaintRecorded(orderNo, instance.getId());
    }

    @Override
    public Optional<WorkOrderView> find(String orderNo) {
        // The API decides who may read an order; Camunda's history permissions are for Cockpit.
        return asSystem(() -> view(orderNo));
    }

    private Optional<WorkOrderView> view(String orderNo) {
        HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(orderNo)
                .processDefinitionKeyIn(WorkOrderProcess.ORDER_KEYS.toArray(String[]::new))
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst().orElse(null);
        if (root == null) {
            return registrations.find(orderNo).map(WorkOrderService::archived);
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
        List<WorkOrderView.Deadline> deadlineStates = new ArrayList<>();
        deadlineStates.add(deadline("聯系用戶", "R-WO-1", vars.get("contactDue"), activities, WorkOrderProcess.CONTACT));
        switch (type) {
            case REPAIR -> deadlineStates.add(deadline("到達現場", "R-WO-4", vars.get("workDue"), activities, WorkOrderProcess.ARRIVE));
            case INSTALLATION -> deadlineStates.add(deadline("完成安裝", "R-WO-5", vars.get("workDue"), activities, WorkOrderProcess.INSTALL));
            case RENEWAL -> deadlineStates.add(deadline("上門收費", "R-WO-8", vars.get("workDue"), activities, WorkOrderProcess.COLLECT_FEE));
        }

        List<WorkOrderView.OpenTask> open = taskService.createTaskQuery().processInstanceIdIn(ids).orderByDueDate().asc()
                .list().stream()
                .map(t -> new WorkOrderView.OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        instant(t.getDueDate())))
                .toList();
        String status = root.getEndTime() == null ? "ACTIVE"
                : root.getDeleteReason() != null ? "CANCELED" : "COMPLETED";
        List<WorkOrderView.Deduction> deductions = new ArrayList<>();
        for (String id : ids) {
            ledger.entries(null, null, id).forEach(e -> deductions.add(new WorkOrderView.Deduction(e.id(), e.staff(),
                    e.kind().name(), e.points(), e.amountRmb(), e.rule(), e.reason(), e.occurredAt(), e.reversalOf())));
        }
        deductions.sort(Comparator.comparing(WorkOrderView.Deduction::entryId));
        return Optional.of(new WorkOrderView(orderNo, type.name(), status, root.getId(), instant(root.getStartTime()),
                instant(root.getEndTime()), order, open, deadlineStates, history, deductions,
                registrations.find(orderNo).orElse(null)));
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
                List.of(), List.of(), List.of(), List.of(), r);
    }

    private static WorkOrderView.Deadline deadline(String name, String rule, Object dueValue,
            List<HistoricActivityInstance> activities, String activityId) {
        Instant due = dueValue instanceof Date d ? d.toInstant() : null;
        Instant doneAt = activities.stream()
                .filter(a -> a.getActivityId().equals(activityId) && a.getEndTime() != null && !a.isCanceled())
                .map(a -> a.getEndTime().toInstant()).findFirst().orElse(null);
        String state;
        if (due == null) {
            state = "NOT_STARTED"; // not dispatched yet
        } else if (doneAt != null) {
            state = doneAt.isAfter(due) ? "MISSED" : "MET";
        } else {
            state = ClockUtil.getCurrentTime().toInstant().isAfter(due) ? "MISSED" : "PENDING";
        }
        return new WorkOrderView.Deadline(name, rule, due, doneAt, state);
    }

    private <T> T asSystem(Supplier<T> query) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    private Date parseTime(String text) {
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(LocalDateTime.parse(text).atZone(deadlines.zone()).toInstant());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static void requireText(Map<String, String> errors, String field, String value, String label, int max) {
        if (blank(value)) {
            errors.put(field, "必填：" + label + " / required");
        } else if (value.length() > max) {
            errors.put(field, label + "過長 / at most " + max + " characters");
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
