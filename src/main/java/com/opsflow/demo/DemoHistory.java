package com.opsflow.demo;

import static com.opsflow.workorder.WorkOrderProcess.*;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.platform.DueJobs;
import com.opsflow.reporting.TrainingRegister;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrderType;
import com.opsflow.workorder.WorkOrders;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo-history} (off by default, never in tests): a realistic quarter of work-order
 * history generated <em>through the engine itself</em>, so the dashboard has something to show on
 * first run and the benchmark has data. Orders are taken through the work-order API and their
 * tasks completed with the engine clock ({@link ClockUtil}) moved to plausible times: most contacts
 * within 10 minutes, some late (the real timers fire: deductions, escalations, the five fines),
 * repairs on site within the hour or not, tech-support escalations, installations late now and
 * then, callbacks with satisfaction, conduct breaches and complaints. It runs before the job
 * executor starts (ApplicationRunner), fires each order's due timers itself at their due time,
 * and does nothing when work-order history already exists. Seeded random: the same quarter every time.
 */
@Component
@Profile("demo-history")
@Order(100)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final String[] SURNAMES = {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"};
    private static final String[] GIVEN = {"志明", "淑芬", "家豪", "怡君", "俊傑", "雅婷", "建宏", "美玲"};
    private static final String[] STREETS = {"中山路", "民生路", "建國路", "和平街", "光明路", "復興路"};
    private static final String[] CHANNELS = {"PHONE", "PHONE", "PHONE", "WEB", "WECHAT", "WECHAT", "WALK_IN"};

    private final WorkOrders workOrders;
    private final ProcessEngine engine;
    private final TaskService tasks;
    private final HistoryService history;
    private final StaffDirectory directory;
    private final TrainingRegister training;
    private final ZoneId zone;
    private final Random random = new Random(20261125L);

    DemoHistory(WorkOrders workOrders, ProcessEngine engine, StaffDirectory directory, TrainingRegister training,
            @Value("${opsflow.zone:Asia/Shanghai}") ZoneId zone) {
        this.workOrders = workOrders;
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.directory = directory;
        this.training = training;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(ORDER_KEYS.toArray(String[]::new))
                .count() > 0) {
            log.info("demo-history: work-order history exists already, nothing generated");
            return;
        }
        List<Station> stations = directory.stations();
        if (stations.isEmpty()) {
            log.warn("demo-history: no stations (is the demo profile on?), nothing generated");
            return;
        }
        Instant realNow = Instant.now();
        LocalDate today = LocalDate.ofInstant(realNow, zone);
        int orders = 0;
        try {
            for (LocalDate day = today.minusDays(91); !day.isAfter(today); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                int count = weekend ? 2 + random.nextInt(3) : 5 + random.nextInt(6);
                List<Instant> starts = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    starts.add(day.atTime(8, 0).atZone(zone).toInstant()
                            .plus(Duration.ofMinutes(random.nextInt(12 * 60))));
                }
                starts.sort(null);
                for (Instant start : starts) {
                    if (start.isAfter(realNow.minus(Duration.ofMinutes(30)))) {
                        continue;
                    }
                    try {
                        order(stations.get(random.nextInt(stations.size())), start, realNow);
                        orders++;
                    } catch (RuntimeException e) {
                        log.warn("demo-history: an order at {} failed: {}", start, e.toString());
                    }
                }
            }
            trainings(today);
        } finally {
            ClockUtil.reset();
        }
        log.info("demo-history: {} work orders of the last quarter generated through the engine", orders);
    }

    private void order(Station station, Instant start, Instant realNow) {
        ClockUtil.setCurrentTime(Date.from(start));
        double kind = random.nextDouble();
        WorkOrderType type = kind < 0.5 ? WorkOrderType.REPAIR : kind < 0.8 ? WorkOrderType.INSTALLATION : WorkOrderType.RENEWAL;
        String engineer = station.engineers().get(random.nextInt(station.engineers().size()));
        boolean given = random.nextDouble() < 0.6;
        String agreed = null;
        if (type == WorkOrderType.RENEWAL || (type == WorkOrderType.INSTALLATION && random.nextDouble() < 0.4)) {
            ZonedDateTime a = start.atZone(zone).plusDays(1 + random.nextInt(2)).withHour(9 + random.nextInt(8))
                    .withMinute(0).withSecond(0).withNano(0);
            agreed = a.toOffsetDateTime().toString();
        }
        String customer = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        OrderCreated created = workOrders.create(new NewWorkOrder(type.name(), customer,
                "13" + (100000000 + random.nextInt(899999999)), station.name() + STREETS[random.nextInt(STREETS.length)]
                        + (1 + random.nextInt(300)) + "號",
                station.id(), CHANNELS[random.nextInt(CHANNELS.length)],
                type == WorkOrderType.REPAIR ? "寬頻斷線" : type == WorkOrderType.INSTALLATION ? "新裝寬頻" : "寬頻續費",
                given ? engineer : null, agreed, type == WorkOrderType.RENEWAL ? BigDecimal.valueOf(100 + 50 * random.nextInt(5)) : null),
                random.nextBoolean() ? "cs-1" : "cs-2");
        String no = created.orderNo();
        Instant t = start;
        if (!given) {
            t = t.plus(minutes(1, 8));
            if (!step(no, DISPATCH, t, Map.of(VAR_ENGINEER, engineer), realNow)) {
                return;
            }
        }
        Instant dispatched = t;
        // R-WO-1: contact; about one in six late, one in twenty-five past the fines (R-WO-3)
        double r = random.nextDouble();
        Duration contactAfter = r < 0.04 ? minutes(16, 30) : r < 0.17 ? minutes(11, 15) : minutes(1, 9);
        Instant contact = t.plus(contactAfter);
        // the visit agreed on the contact call: the user's wish from intake, else 40 minutes after the call
        Instant visit = agreed != null && java.time.OffsetDateTime.parse(agreed).toInstant().isAfter(contact)
                ? java.time.OffsetDateTime.parse(agreed).toInstant() : contact.plus(Duration.ofMinutes(40));
        // the escalation chain's tasks are done promptly by customer service and the ops manager
        step(no, NOTIFY_OPS_MANAGER, t.plus(minutes(11, 13)), Map.of(VAR_OPS_MANAGER_NOTIFIED, true), contact);
        step(no, NOTIFY_STATION, t.plus(minutes(13, 15)), Map.of(VAR_STATION_NOTIFIED, true), contact);
        if (!step(no, CONTACT, contact, Map.of(VAR_APPOINTMENT, Date.from(visit)), realNow)) {
            return;
        }
        t = contact;
        boolean lateWork = random.nextDouble() < 0.1;
        switch (type) {
            case REPAIR -> {
                Instant arrival = dispatched.plus(lateWork ? minutes(70, 150) : minutes(15, 50));
                t = arrival.isAfter(t.plus(Duration.ofMinutes(5))) ? arrival : t.plus(minutes(5, 15));
                if (!step(no, ARRIVE, t, Map.of(), realNow)) {
                    return;
                }
                boolean solved = random.nextDouble() < 0.85;
                t = t.plus(minutes(20, 90));
                if (!step(no, REPAIR, t, Map.of(VAR_SOLVED, solved, VAR_REPAIR_NOTE, "已檢修"), realNow)) {
                    return;
                }
                if (!solved) {
                    t = t.plus(minutes(2, 8));
                    if (!step(no, ESCALATE_TECH, t,
                            Map.of(VAR_FAULT_DESCRIPTION, "光貓故障", VAR_TECH_CONTACTED, true), realNow)) {
                        return;
                    }
                    t = t.plus(minutes(60, 300));
                    if (!step(no, TECH_REPAIR, t, Map.of(VAR_TECH_NOTE, "更換設備"), realNow)) {
                        return;
                    }
                }
                t = t.plus(minutes(5, 30));
                if (!step(no, FEEDBACK, t, Map.of(VAR_FEEDBACK, "故障已排除"), realNow)) {
                    return;
                }
            }
            case INSTALLATION -> {
                t = t.plus(lateWork ? Duration.ofHours(50 + random.nextInt(30)) : Duration.ofHours(3 + random.nextInt(30)));
                if (!step(no, INSTALL, t, Map.of(VAR_REGISTRATION_ACCOUNT, "BB" + random.nextInt(1000000),
                        VAR_REGISTRATION_BANDWIDTH, "200M", VAR_REGISTRATION_DEVICE, "ONU-" + random.nextInt(10000),
                        VAR_REGISTRATION_MATERIALS, "光纖 20 米", VAR_REGISTRATION_CUSTOMER_SIGNED, true, VAR_ACCOUNT_TOLD, true),
                        realNow)) {
                    return;
                }
                // R-WO-11: the ops department files the registration form
                step(no, ARCHIVE_REGISTRATION, t.plus(Duration.ofHours(1 + random.nextInt(20))),
                        Map.of(VAR_REGISTRATION_FILED, true), realNow);
            }
            default -> {
                Instant appointment = visit;
                t = lateWork ? appointment.plus(minutes(40, 180)) : appointment.minus(minutes(0, 20));
                if (!step(no, COLLECT_FEE, t, Map.of(VAR_FEE_COLLECTED, 200, VAR_RECEIPT_NO,
                        "R" + (100000 + random.nextInt(900000))), realNow)) {
                    return;
                }
            }
        }
        // callback (K-1, R-WO-9/10/12)
        t = t.plus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
        double s = random.nextDouble();
        int satisfaction = s < 0.03 ? 1 : s < 0.08 ? 2 : s < 0.2 ? 3 : s < 0.55 ? 4 : 5;
        boolean complaint = satisfaction <= 2 && random.nextDouble() < 0.6;
        Map<String, Object> callback = new HashMap<>();
        callback.put(VAR_SATISFACTION, satisfaction);
        callback.put(VAR_COMPLAINT, complaint);
        callback.put(VAR_CALLBACK_NOTE, "回訪完成");
        for (List<String> item : CONDUCT_ITEMS) {
            callback.put(item.get(0), random.nextDouble() < 0.012);
        }
        for (List<String> item : APPEARANCE_ITEMS) {
            callback.put(item.get(0), random.nextDouble() < 0.012);
        }
        if (complaint) {
            callback.put(VAR_COMPLAINT_TEXT, "等候時間過長");
        }
        if (!step(no, CALLBACK_TASK, t, callback, realNow)) {
            return;
        }
        if (complaint) {
            step(no, VERIFY_COMPLAINT, t.plus(Duration.ofHours(2 + random.nextInt(20))),
                    Map.of(VAR_STAFF_FAULT, random.nextBoolean(), VAR_LATE_VISIT, lateWork, VAR_VERIFICATION_NOTE, "已核實",
                            VAR_FAULT_STAFF, engineer),
                    realNow);
        }
    }

    /**
     * Fires the order's timers due up to {@code at} (each at its own due time), then completes the
     * task when it is there. False when {@code at} lies beyond {@code stopAt}: the order stays open.
     */
    private boolean step(String orderNo, String taskKey, Instant at, Map<String, Object> variables, Instant stopAt) {
        Instant until = at.isAfter(stopAt) ? stopAt : at;
        fireDueTimers(orderNo, until);
        if (at.isAfter(stopAt)) {
            return false;
        }
        ClockUtil.setCurrentTime(Date.from(at));
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(orderNo).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            return true; // this step is not part of the order's path (e.g. no escalation)
        }
        tasks.complete(task.getId(), variables);
        return true;
    }

    private void fireDueTimers(String orderNo, Instant until) {
        DueJobs.runUntil(engine, orderNo, until);
    }

    private void trainings(LocalDate today) {
        String[] courses = {"光纖熔接實務", "客戶服務禮儀", "網路安全與保密", "寬頻設備故障排除", "上門服務規範"};
        TrainingRegister.Category[] kinds = {TrainingRegister.Category.QUALIFICATION, TrainingRegister.Category.OTHER,
            TrainingRegister.Category.CONFIDENTIALITY, TrainingRegister.Category.SKILL, TrainingRegister.Category.SAFETY};
        for (Station station : directory.stations()) {
            for (String engineer : station.engineers()) {
                for (int i = 0; i < 2 + random.nextInt(3); i++) {
                    int course = random.nextInt(courses.length);
                    training.record(new TrainingRegister.NewTraining(engineer, courses[course],
                            today.minusDays(random.nextInt(90)), BigDecimal.valueOf(1 + random.nextInt(8)),
                            random.nextDouble() < 0.9, kinds[course], course == 0 ? "光纖熔接證" : null), "ops-mgr");
                }
            }
        }
    }

    private Duration minutes(int min, int max) {
        return Duration.ofMinutes(min).plusSeconds(random.nextInt(Math.max(1, (max - min) * 60)));
    }
}
