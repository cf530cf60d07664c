package com.opsflow.reporting.internal;

import com.opsflow.workorder.OrderData;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Reads the work orders' facts from Camunda history (process, activity and variable instances),
 * with the names of {@link WorkOrderFacts}, and the intake channel from the orders' rows. Works on any {@link HistoryService}, so
 * the KPIs are testable on a plain in-memory engine. Activities are matched to their order by
 * root process instance, so a step inside the called response-deadline process counts for the order.
 */
public class WorkOrderHistory {

    private static final int CHUNK = 500;

    private final HistoryService history;
    private final Function<Collection<String>, Map<String, OrderData>> rows;
    private final ZoneId zone;

    /**
     * {@code rows}: the orders' rows of the work-order module ({@link com.opsflow.workorder.OrderRows#of(Collection)}),
     * where an order taken on the models 1.4.0 keeps its intake channel.
     */
    public WorkOrderHistory(HistoryService history, Function<Collection<String>, Map<String, OrderData>> rows, ZoneId zone) {
        this.history = history;
        this.rows = rows;
        this.zone = zone;
    }

    /** Orders that existed at some point in [from, toExclusive): started before its end, not ended before its start. */
    public List<OrderFact> load(Instant from, Instant toExclusive) {
        Map<String, HistoricProcessInstance> orders = new LinkedHashMap<>();
        String[] keys = WorkOrderFacts.PROCESS_KEYS.toArray(String[]::new);
        Date end = Date.from(toExclusive);
        history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(end).unfinished()
                .list().forEach(p -> orders.put(p.getId(), p));
        history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(end)
                .finishedAfter(Date.from(from)).list().forEach(p -> orders.put(p.getId(), p));
        orders.values().removeIf(p -> !p.getStartTime().before(end));
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = variables(orders.keySet());
        Map<String, OrderData> rowOf = rows.apply(orders.values().stream().map(HistoricProcessInstance::getBusinessKey)
                .filter(Objects::nonNull).toList());
        Date earliest = orders.values().stream().map(HistoricProcessInstance::getStartTime).min(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, Map<String, List<HistoricActivityInstance>>> activities = activities(orders.keySet(), earliest);

        List<OrderFact> facts = new ArrayList<>();
        for (HistoricProcessInstance p : orders.values()) {
            Map<String, Object> vars = variables.getOrDefault(p.getId(), Map.of());
            Map<String, List<HistoricActivityInstance>> acts = activities.getOrDefault(p.getId(), Map.of());
            String type = WorkOrderFacts.TYPE_BY_PROCESS_KEY.getOrDefault(p.getProcessDefinitionKey(),
                    string(vars.get(WorkOrderFacts.VAR_TYPE)));
            int level = 0;
            for (WorkOrderFacts.Escalation e : WorkOrderFacts.ESCALATIONS) {
                if (acts.containsKey(e.activityId())) {
                    level = Math.max(level, e.level());
                }
            }
            boolean completed = p.getEndTime() != null && HistoricProcessInstance.STATE_COMPLETED.equals(p.getState());
            facts.add(new OrderFact(p.getBusinessKey(), p.getId(), type, string(vars.get(WorkOrderFacts.VAR_STATION)),
                    channel(rowOf.get(p.getBusinessKey()), vars), string(vars.get(WorkOrderFacts.VAR_ENGINEER)),
                    p.getStartTime().toInstant(), dispatched(vars, acts),
                    firstEnd(acts, WorkOrderFacts.ACTIVITY_CONTACT), firstEnd(acts, WorkOrderFacts.ACTIVITY_ON_SITE),
                    firstEnd(acts, WorkOrderFacts.ACTIVITY_INSTALLATION_DONE),
                    completed ? p.getEndTime().toInstant() : null,
                    p.getEndTime() == null ? null : p.getEndTime().toInstant(),
                    // R-WO-5 as the process applies it: its work deadline, else the time asked for at intake
                    instant(vars.get(WorkOrderFacts.VAR_WORK_DUE) != null ? vars.get(WorkOrderFacts.VAR_WORK_DUE)
                            : vars.get(WorkOrderFacts.VAR_AGREED_TIME)),
                    integer(vars.get(WorkOrderFacts.VAR_SATISFACTION)),
                    bool(vars.get(WorkOrderFacts.VAR_COMPLAINT)),
                    bool(vars.get(WorkOrderFacts.VAR_COMPLAINT)) && bool(vars.get(WorkOrderFacts.VAR_COMPLAINT_VERIFIED)),
                    level, acts.containsKey(WorkOrderFacts.ACTIVITY_TECH_SUPPORT)));
        }
        return facts;
    }

    /** The intake channel: in the order's row (models 1.4.0), a variable of orders taken before. */
    private static String channel(OrderData row, Map<String, Object> vars) {
        return row != null && row.channel() != null ? row.channel() : string(vars.get(WorkOrderFacts.VAR_CHANNEL));
    }

    private Map<String, Map<String, Object>> variables(Collection<String> processInstanceIds) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        for (List<String> chunk : chunks(processInstanceIds)) {
            List<HistoricVariableInstance> list = history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(WorkOrderFacts.VARIABLES.toArray(String[]::new))
                    .disableCustomObjectDeserialization().list();
            // Process-scope variables win over local ones of the same name.
            list.sort(Comparator.comparing(v -> v.getProcessInstanceId().equals(v.getExecutionId())));
            for (HistoricVariableInstance v : list) {
                if (v.getValue() != null) {
                    result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
                }
            }
        }
        return result;
    }

    private Map<String, Map<String, List<HistoricActivityInstance>>> activities(Collection<String> orderIds, Date earliest) {
        java.util.Set<String> ids = new java.util.HashSet<>(orderIds);
        Map<String, Map<String, List<HistoricActivityInstance>>> result = new HashMap<>();
        for (String activityId : WorkOrderFacts.activityIds()) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().activityId(activityId)
                    .startedAfter(new Date(earliest.getTime() - 1)).list()) {
                String root = a.getRootProcessInstanceId() != null ? a.getRootProcessInstanceId() : a.getProcessInstanceId();
                if (ids.contains(root)) {
                    result.computeIfAbsent(root, k -> new HashMap<>()).computeIfAbsent(activityId, k -> new ArrayList<>()).add(a);
                }
            }
        }
        return result;
    }

    private Instant dispatched(Map<String, Object> vars, Map<String, List<HistoricActivityInstance>> acts) {
        Instant recorded = instant(vars.get(WorkOrderFacts.VAR_DISPATCHED_AT));
        return recorded != null ? recorded : firstEnd(acts, WorkOrderFacts.ACTIVITY_DISPATCH);
    }

    /** The first completion (not cancellation) of an activity: when the step was done. */
    private static Instant firstEnd(Map<String, List<HistoricActivityInstance>> acts, String activityId) {
        return acts.getOrDefault(activityId, List.of()).stream()
                .filter(a -> a.getEndTime() != null && !a.isCanceled())
                .map(a -> a.getEndTime().toInstant()).min(Comparator.naturalOrder()).orElse(null);
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer integer(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().trim());
    }

    private Instant instant(Object value) {
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return OffsetDateTime.parse(s.trim()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(s.trim()).atZone(zone).toInstant();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }
        return null;
    }
}
