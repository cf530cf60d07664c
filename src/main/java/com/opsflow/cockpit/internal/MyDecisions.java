package com.opsflow.cockpit.internal;

import com.opsflow.cockpit.internal.DecisionKind.Action;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.workorder.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The open decisions of one manager: the decision tasks assigned to them, and
 * those offered to one of their groups that nobody has taken yet, oldest first. Read without the
 * engine's authorizations, restricted to the person by the query itself (assignee or candidate group).
 */
@Component
public class MyDecisions {

    /** Dates and times as managers read them, in the department's zone. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> REQUEST_TYPES = Map.of("leave", "請假", "business-trip", "出差",
            "secondment", "臨時抽調", "device-entry", "私有設備進入", "file-transfer", "內外網文件傳遞");
    private static final Map<String, String> LEAVE_TYPES = Map.of("PERSONAL", "事假", "SICK", "病假", "ANNUAL", "休假");

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final StaffDirectory directory;
    private final WorkOrders workOrders;
    private final ZoneId zone;

    MyDecisions(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
            ManagementService managementService, StaffDirectory directory, WorkOrders workOrders,
            @Value("${opsflow.zone}") ZoneId zone) {
        this.workOrders = workOrders;
        this.managementService = managementService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.directory = directory;
        this.zone = zone;
    }

    /** One decision as 待我審批 lists it. */
    public record Decision(String taskId, String name, String type, String applicant, String applicantName,
            String subject, String from, String to, String days, String reason, String created, String waiting,
            String due, boolean overdue, String processInstanceId, List<Action> actions) {
    }

    public List<Decision> of(String userId, Collection<String> groups) {
        var query = taskService.createTaskQuery().active().taskDefinitionKeyIn(DecisionKind.taskKeys().toArray(String[]::new));
        if (groups.isEmpty()) {
            query.taskAssignee(userId);
        } else {
            query.or().taskAssignee(userId).taskCandidateGroupIn(List.copyOf(groups)).endOr();
        }
        Map<Task, DecisionKind> mine = new LinkedHashMap<>();
        for (Task task : query.orderByTaskCreateTime().asc().list()) {
            if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
                continue; // a colleague of the group has taken it
            }
            String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            DecisionKind kind = DecisionKind.of(processKey, task.getTaskDefinitionKey());
            if (kind != null) {
                mine.put(task, kind);
            }
        }
        Map<String, String> businessKeys = businessKeys(mine.keySet());
        List<Decision> decisions = new ArrayList<>();
        mine.forEach((task, kind) -> decisions.add(describe(task, kind, runtimeService.getVariables(task.getExecutionId()),
                businessKeys.get(task.getProcessInstanceId()))));
        return decisions;
    }

    /** The business keys of the tasks' instances, in one query (a response deadline's is its order's number). */
    private Map<String, String> businessKeys(Collection<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().forEach(i -> {
                if (i.getBusinessKey() != null) {
                    keys.put(i.getId(), i.getBusinessKey());
                }
            });
        }
        return keys;
    }

    private Decision describe(Task task, DecisionKind kind, Map<String, Object> v, String businessKey) {
        String type = kind.typeLabel();
        String applicant = text(v, "applicant");
        String subject = null;
        String from = null;
        String to = null;
        String days = null;
        String reason = null;
        List<Action> actions = kind.actions();
        switch (kind.processKey()) {
            case "approval-decision" -> {
                type = REQUEST_TYPES.getOrDefault(text(v, "requestType"), "審批");
                from = first(v, "fromDate", "startDate");
                to = first(v, "toDate", "endDate");
                days = text(v, "leaveDays");
                String leaveType = LEAVE_TYPES.get(text(v, "leaveType"));
                reason = join(leaveType, first(v, "reason", "purpose", "work", "fileList", "destination"));
            }
            case "separation-review" -> {
                applicant = text(v, "staff");
                subject = text(v, "thresholdLabel");
                from = text(v, "firstMonth");
                to = text(v, "lastMonth");
                reason = join(text(v, "threshold"), text(v, "measured") == null ? null : "累計 " + text(v, "measured"));
            }
            case "appeal" -> {
                applicant = text(v, "appellant");
                subject = text(v, "entrySummary");
                from = text(v, "entryOccurredAt");
                reason = text(v, "appealReason");
            }
            case "complaint" -> {
                applicant = first(v, "faultStaff", "engineer");
                subject = join(text(v, "orderNo"), text(v, "customerName"));
                reason = text(v, "complaintText");
                String faultStaff = first(v, "faultStaff", "engineer");
                actions = actions.stream().map(a -> Boolean.TRUE.equals(a.variables().get("staffFault")) && faultStaff != null
                        ? withVariable(a, "faultStaff", faultStaff) : a).toList();
            }
            case "response-deadline" -> {
                // the order's display data is in the order's row, not in the called process (issue 19)
                Map<String, Object> order = new HashMap<>(v);
                // its business key is the order's number (no orderNo variable since response-deadline 1.5.0)
                String orderNo = text(v, "orderNo") != null ? text(v, "orderNo") : businessKey;
                if (orderNo != null) {
                    order.putIfAbsent("orderNo", orderNo);
                    workOrders.data(orderNo).ifPresent(o -> o.values().forEach(order::putIfAbsent));
                }
                applicant = text(order, "engineer");
                subject = join(text(order, "orderNo"), text(order, "customerName"));
                from = text(order, "contactDeadline");
                reason = text(order, "description");
            }
            default -> {
            }
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant created = task.getCreateTime().toInstant();
        Date due = task.getDueDate() != null ? task.getDueDate() : nextTimer(task);
        return new Decision(task.getId(), task.getName(), type, applicant,
                applicant == null ? null : directory.displayName(applicant), subject, from, to, days, reason,
                format(created), waiting(Duration.between(created, now)), due == null ? null : format(due.toInstant()),
                due != null && due.toInstant().isBefore(now), task.getProcessInstanceId(), actions);
    }

    /**
     * A decision without a due date of its own (approvals) is due when its next timer fires: the
     * reminder, then the escalation to the superior (working time).
     */
    private Date nextTimer(Task task) {
        return managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .orderByJobDuedate().asc().listPage(0, 1).stream().map(j -> j.getDuedate()).findFirst().orElse(null);
    }

    private static Action withVariable(Action action, String name, Object value) {
        Map<String, Object> variables = new LinkedHashMap<>(action.variables());
        variables.put(name, value);
        return new Action(action.id(), action.label(), Map.copyOf(variables), action.commentVariable(),
                action.commentRequired(), action.primary());
    }

    private String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** 「3 天 2 小時」, 「2 小時 5 分」, 「12 分」. */
    static String waiting(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        long d = minutes / (24 * 60);
        long h = minutes / 60 % 24;
        long m = minutes % 60;
        if (d > 0) {
            return d + " 天 " + h + " 小時";
        }
        return h > 0 ? h + " 小時 " + m + " 分" : m + " 分";
    }

    private static String first(Map<String, Object> v, String... names) {
        for (String name : names) {
            String value = text(v, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Map<String, Object> v, String name) {
        Object value = v.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return value.toString();
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "：" + b;
    }
}
