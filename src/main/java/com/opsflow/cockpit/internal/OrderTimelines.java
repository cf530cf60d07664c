package com.opsflow.cockpit.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.workorder.WorkOrderType;
import com.opsflow.workorder.WorkOrderView;
import com.opsflow.workorder.WorkOrders;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An order as managers follow it in Cockpit, built from the work-order API
 * ({@link WorkOrders#find}, which reads Camunda's history, so completed orders too): its timeline
 * and whether a deadline is at risk.
 */
@Component
public class OrderTimelines {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Activity types that are not steps a person would name (gateways, the flows between them). */
    private static final Set<String> SILENT = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "sequenceFlow", "multiInstanceBody");
    private static final Set<String> TIMERS = Set.of("boundaryTimer", "intermediateTimer");
    private static final Map<String, String> PROCESSES = Map.of("repair", "報修", "installation", "報裝",
            "renewal", "續費", "response-deadline", "聯系時限", "callback", "回訪", "complaint", "投訴",
            "equipment-loss", "設備遺失");
    private static final Map<String, String> STATUS = Map.of("ACTIVE", "處理中", "COMPLETED", "已完成",
            "CANCELED", "已取消", "ARCHIVED", "已歸檔");

    private final WorkOrders workOrders;
    private final HistoryService historyService;
    private final StaffDirectory directory;
    private final ZoneId zone;

    OrderTimelines(WorkOrders workOrders, HistoryService historyService, StaffDirectory directory,
            @Value("${opsflow.zone}") ZoneId zone) {
        this.workOrders = workOrders;
        this.historyService = historyService;
        this.directory = directory;
        this.zone = zone;
    }

    /** kind: STEP, ESCALATION (a deadline's timer fired), DEADLINE (due and actual time), ENTRY (ledger). */
    public record Event(Instant instant, String at, String kind, String label, String detail, String who) {
    }

    public record Timeline(String orderNo, String typeLabel, String statusLabel, String customer, String station,
            String startedAt, String endedAt, List<Event> timeline) {
    }

    public record OrderAtRisk(String orderNo, String type, String station, String deadline, String rule, String due,
            String dueIn, boolean missed, String escalation, String holders) {
    }

    public record AtRisk(int minutes, List<OrderAtRisk> orders) {
    }

    public Optional<Timeline> ofOrder(String orderNo) {
        return workOrders.find(orderNo).map(this::timeline);
    }

    /** The timeline of the order an instance belongs to (the order itself or a process it called). */
    public Optional<Timeline> ofInstance(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        return ofOrder(instance.getBusinessKey());
    }

    /** Running orders whose contact, on-site or installation deadline falls within {@code minutes} or has passed. */
    public AtRisk atRisk(int minutes) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant horizon = now.plus(Duration.ofMinutes(minutes));
        List<OrderAtRisk> orders = new ArrayList<>();
        String[] keys = java.util.Arrays.stream(WorkOrderType.values()).map(WorkOrderType::processKey).toArray(String[]::new);
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery().unfinished()
                .processDefinitionKeyIn(keys).orderByProcessInstanceStartTime().asc().listPage(0, 500)) {
            if (instance.getBusinessKey() == null) {
                continue;
            }
            workOrders.find(instance.getBusinessKey()).ifPresent(order -> {
                for (WorkOrderView.Deadline d : order.deadlines()) {
                    if (d.due() == null || d.doneAt() != null || d.due().isAfter(horizon)) {
                        continue;
                    }
                    boolean missed = !d.due().isAfter(now);
                    orders.add(new OrderAtRisk(order.orderNo(), label(order.type()), stationName(order),
                            d.name(), d.rule(), format(d.due()), missed ? null : MyDecisions.waiting(Duration.between(now, d.due())),
                            missed, escalation(order), holders(order)));
                }
            });
        }
        orders.sort(Comparator.comparing(OrderAtRisk::missed).reversed().thenComparing(OrderAtRisk::due));
        return new AtRisk(minutes, orders);
    }

    private Timeline timeline(WorkOrderView order) {
        List<Event> events = new ArrayList<>();
        for (WorkOrderView.Step step : order.history()) {
            if (SILENT.contains(step.type()) || step.name() == null || step.startedAt() == null) {
                continue;
            }
            boolean timer = TIMERS.contains(step.type());
            String detail = PROCESSES.getOrDefault(step.process(), step.process())
                    + (step.canceled() ? "・已取消" : step.endedAt() != null && step.type().endsWith("Task")
                            ? "・完成於 " + format(step.endedAt()) : step.endedAt() == null ? "・進行中" : "");
            events.add(new Event(step.startedAt(), format(step.startedAt()), timer ? "ESCALATION" : "STEP",
                    timer ? "升級：" + step.name() : step.name(), detail, name(step.assignee())));
        }
        for (WorkOrderView.Deadline d : order.deadlines()) {
            if (d.due() == null) {
                continue;
            }
            String state = switch (d.state()) {
                case "MET" -> "如期完成，實際 " + format(d.doneAt());
                case "MISSED" -> d.doneAt() == null ? "已逾時，尚未完成" : "逾時完成，實際 " + format(d.doneAt());
                default -> "未到期";
            };
            events.add(new Event(d.due(), format(d.due()), "DEADLINE", "時限：" + d.name() + "（" + d.rule() + "）", state, null));
        }
        for (WorkOrderView.Deduction e : order.deductions()) {
            String amount = "POINTS".equals(e.kind()) ? "扣 " + plain(e.points()) + " 分" : "罰款 " + plain(e.amountRmb()) + " 元";
            events.add(new Event(e.occurredAt(), format(e.occurredAt()), "ENTRY",
                    (e.reversalOf() != null ? "沖銷：" : "") + amount + "（" + e.rule() + "）",
                    e.reason() + "・帳目 #" + e.entryId(), name(e.staff())));
        }
        events.sort(Comparator.comparing(Event::instant));
        Object customer = order.order() == null ? null : order.order().get("customerName");
        return new Timeline(order.orderNo(), label(order.type()), STATUS.getOrDefault(order.status(), order.status()),
                customer == null ? null : customer.toString(), stationName(order), format(order.startedAt()),
                format(order.endedAt()), events);
    }

    /** The last escalation reached: the latest fired timer or notification step of the deadlines. */
    private static String escalation(WorkOrderView order) {
        String reached = null;
        for (WorkOrderView.Step step : order.history()) {
            if (TIMERS.contains(step.type()) || step.activityId().startsWith("UserTask_Notify")
                    || step.activityId().contains("Escalat")) {
                reached = step.name();
            }
        }
        return reached;
    }

    private String holders(WorkOrderView order) {
        return order.openTasks().stream()
                .map(t -> t.name() + "：" + (t.assignee() == null ? "未領取" : directory.displayName(t.assignee())))
                .distinct().reduce((a, b) -> a + "、" + b).orElse(null);
    }

    private static String stationName(WorkOrderView order) {
        if (order.order() == null) {
            return null;
        }
        Object name = order.order().get("stationName") != null ? order.order().get("stationName") : order.order().get("station");
        return name == null ? null : name.toString();
    }

    private static String label(String type) {
        try {
            return WorkOrderType.valueOf(type).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return type;
        }
    }

    private String name(String userId) {
        return userId == null ? null : directory.displayName(userId);
    }

    private String format(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
