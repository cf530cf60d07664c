package com.opsflow.workorder.web;

import com.opsflow.workorder.WorkOrderProcess;
import com.opsflow.workorder.WorkOrderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One order's life as customer service reads it on {@code /orders}: every step of the order and its
 * called processes and complaints, every note, deadline, escalation (a fired timer), ledger entry
 * and the cancellation, in time order; times in the department's zone, people by Chinese name.
 */
class Timeline {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> PROCESS_NAMES = Map.of(WorkOrderProcess.RESPONSE_DEADLINE, "響應時限",
            WorkOrderProcess.CALLBACK, "回訪", WorkOrderProcess.COMPLAINT, "投訴", "equipment-loss", "設備遺失");
    private static final Map<String, String> STATUS_NAMES = Map.of("ACTIVE", "進行中", "COMPLETED", "已完成",
            "CANCELED", "已撤單", "ARCHIVED", "已歸檔");
    private static final Map<String, String> DEADLINE_STATES = Map.of("PENDING", "未到期", "MET", "已達成", "MISSED", "已逾時",
            "NOT_STARTED", "尚未開始（未派單或未約定時間）", "CANCELED", "已隨撤單結束，不罰款");

    /**
     * @param kind step, task, system, event, escalation, deadline, note, ledger, cancel
     * @param where the called process a step belongs to (響應時限, 回訪, 投訴), or the task a note was written on
     */
    record Entry(String at, String kind, String title, String detail, String who, String where) {
    }

    record DeadlineRow(String name, String rule, String due, String doneAt, String state, String stateName) {
    }

    private record Timed(Instant at, int order, Entry entry) {
    }

    private final UnaryOperator<String> names;
    private final ZoneId zone;

    Timeline(UnaryOperator<String> names, ZoneId zone) {
        this.names = names;
        this.zone = zone;
    }

    static String statusName(String status) {
        return STATUS_NAMES.getOrDefault(status, status);
    }

    List<Entry> entries(WorkOrderView view) {
        List<Timed> timed = new ArrayList<>();
        for (WorkOrderView.Step step : view.history()) {
            Entry entry = step(step);
            if (entry != null) {
                timed.add(new Timed(step.startedAt(), timed.size(), entry));
            }
        }
        for (WorkOrderView.Deadline d : view.deadlines()) {
            if (d.due() != null) {
                timed.add(new Timed(d.due(), timed.size(), new Entry(format(d.due()), "deadline",
                        "時限：" + d.name() + "（" + d.rule() + "）", DEADLINE_STATES.getOrDefault(d.state(), d.state())
                                + (d.doneAt() == null ? "" : "，完成於 " + format(d.doneAt())), null, null)));
            }
        }
        for (WorkOrderView.Note note : view.notes()) {
            timed.add(new Timed(note.writtenAt(), timed.size(), note(note)));
        }
        for (WorkOrderView.Deduction d : view.deductions()) {
            String amount = d.reversalOf() != null ? "撤銷記錄 #" + d.reversalOf()
                    : "POINTS".equals(d.kind()) ? "扣 " + plain(d.points()) + " 分" : "罰款 " + plain(d.amountRmb()) + " 元";
            timed.add(new Timed(d.occurredAt(), timed.size(), new Entry(format(d.occurredAt()), "ledger",
                    amount + "：" + name(d.staff()), d.reason() + "（" + d.rule() + "）", name(d.staff()), null)));
        }
        WorkOrderView.Cancellation c = view.cancellation();
        if (c != null) {
            timed.add(new Timed(c.canceledAt(), timed.size(), new Entry(format(c.canceledAt()), "cancel", "撤單（客戶撤回）",
                    c.reason(), name(c.canceledBy()), null)));
        }
        return timed.stream().filter(t -> t.at() != null)
                .sorted(Comparator.comparing(Timed::at).thenComparingInt(Timed::order))
                .map(Timed::entry).toList();
    }

    /** The notes alone, in the order written: what the callback agent reads before calling. */
    List<Entry> notes(WorkOrderView view) {
        return view.notes().stream().map(this::note).toList();
    }

    private Entry note(WorkOrderView.Note n) {
        return new Entry(format(n.writtenAt()), "note", n.label(), n.text(), name(n.writtenBy()), n.step());
    }

    List<DeadlineRow> deadlines(WorkOrderView view) {
        return view.deadlines().stream().map(d -> new DeadlineRow(d.name(), d.rule(), format(d.due()), format(d.doneAt()),
                d.state(), DEADLINE_STATES.getOrDefault(d.state(), d.state()))).toList();
    }

    /** Every person the page names, id → Chinese name. */
    Map<String, String> people(WorkOrderView view) {
        Map<String, String> people = new LinkedHashMap<>();
        for (String key : List.of("engineer", "csAgent")) {
            Object id = view.order().get(key);
            if (id != null) {
                people.put(id.toString(), name(id.toString()));
            }
        }
        view.history().stream().map(WorkOrderView.Step::assignee).filter(a -> a != null).forEach(a -> people.put(a, name(a)));
        view.openTasks().stream().map(WorkOrderView.OpenTask::assignee).filter(a -> a != null).forEach(a -> people.put(a, name(a)));
        view.deductions().forEach(d -> people.put(d.staff(), name(d.staff())));
        if (view.cancellation() != null && view.cancellation().canceledBy() != null) {
            people.put(view.cancellation().canceledBy(), name(view.cancellation().canceledBy()));
        }
        return people;
    }

    private Entry step(WorkOrderView.Step step) {
        String type = step.type() == null ? "" : step.type();
        if (step.name() == null || type.contains("Gateway") || type.equals("multiInstanceBody")) {
            return null;
        }
        String process = PROCESS_NAMES.get(step.process());
        String who = step.assignee() == null ? null : name(step.assignee());
        if (type.contains("Timer")) {
            // a timer that fired is a deadline missed; one cancelled by the work done in time is no event
            return step.canceled() ? null : new Entry(format(step.startedAt()), "escalation", "逾時：" + step.name(), null,
                    null, process);
        }
        if (WorkOrderProcess.ESCALATION.equals(step.activityId())) {
            return new Entry(format(step.startedAt()), "escalation", step.name(), done(step), null, process);
        }
        String kind = switch (type) {
            case "userTask" -> "task";
            case "serviceTask", "sendTask", "businessRuleTask" -> "system";
            case "callActivity", "subProcess" -> "step";
            default -> "event";
        };
        return new Entry(format(step.startedAt()), kind, step.name(), "userTask".equals(type) ? done(step) : null, who,
                process);
    }

    private String done(WorkOrderView.Step step) {
        if (step.endedAt() == null) {
            return "進行中";
        }
        return (step.canceled() ? "已中止 " : "完成 ") + format(step.endedAt());
    }

    private String name(String id) {
        return id == null ? null : names.apply(id);
    }

    private String format(Instant at) {
        return at == null ? null : DATE_TIME.format(at.atZone(zone));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
