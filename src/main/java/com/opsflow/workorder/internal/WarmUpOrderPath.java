package com.opsflow.workorder.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.workorder.NewWorkOrder;
import com.opsflow.workorder.OrderCreated;
import com.opsflow.workorder.WorkOrderProcess;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warms the order path at start-up, before the node is ready for traffic (issue 19): a freshly
 * started JVM interprets the engine's, MyBatis' and the order module's code for its first few
 * hundred orders, so the first seconds after a boot or a rolling restart answered in hundreds of
 * milliseconds and the front door refused some. {@code opsflow.front-door.warm-up-orders} repair
 * orders (application.yaml: 300; unset or 0: none) go through the whole create path — validation, numbering, the
 * engine's start, dispatch, the order's row, the response deadline — each in a transaction that is
 * rolled back: no order, number, row, notice or task is left (mails leave only after a commit).
 *
 * <p>The first {@code opsflow.deadlines.warm-up-escalations} of them (application.yaml: 300; 0: none) also run
 * their first escalation in the same rolled-back transaction: the contact deadline's timer is fired (the R-WO-4
 * deduction's ledger entry is written; the month totals and the threshold check run only before a commit) and the
 * continuation after it runs (the people found, the customer-service notice, the
 * 通知運營部經理 task). A node that restarts after downtime finds every deadline that passed meanwhile due at
 * once; on cold code it worked such a burst off at about three quarters of the rate it reached warm
 * (docs/performance.md). Nothing of it is left either: no ledger entry, month total, notice or task.
 *
 * <p>It needs a station with an engineer who may be dispatched; a department without one (a fresh
 * installation) starts without the warm-up. Readiness ({@code /actuator/health/readiness}) turns
 * UP after it, as after every {@code ApplicationRunner}.
 */
@Component
class WarmUpOrderPath implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WarmUpOrderPath.class);

    private final OrderIntake intake;
    private final StaffDirectory directory;
    private final TransactionTemplate rolledBack;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final int orders;
    private final int escalations;
    private volatile int warmedUp;
    private volatile int escalated;

    WarmUpOrderPath(OrderIntake intake, StaffDirectory directory, PlatformTransactionManager transactions,
            RuntimeService runtimeService, ManagementService managementService, TaskService taskService,
            @Value("${opsflow.front-door.warm-up-orders:0}") int orders,
            @Value("${opsflow.deadlines.warm-up-escalations:0}") int escalations) {
        this.intake = intake;
        this.directory = directory;
        this.rolledBack = new TransactionTemplate(transactions);
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.orders = orders;
        this.escalations = Math.min(escalations, orders);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orders <= 0) {
            return;
        }
        Optional<Station> station = directory.stations().stream().filter(s -> dispatchable(s).isPresent()).findFirst();
        if (station.isEmpty()) {
            log.info("No warm-up of the order path: no station has an engineer who may be dispatched");
            return;
        }
        String engineer = dispatchable(station.get()).orElseThrow();
        String agent = directory.firstMemberOf(Groups.CUSTOMER_SERVICE).orElse(engineer);
        long start = System.nanoTime();
        int done = 0;
        int escalatedSoFar = 0;
        try {
            for (; done < orders; done++) {
                boolean escalate = done < escalations;
                boolean ranEscalation = Boolean.TRUE.equals(rolledBack.execute(status -> {
                    status.setRollbackOnly();
                    OrderCreated order = intake.create(new NewWorkOrder("REPAIR", "啟動預熱", "13800138000", "啟動預熱（不留記錄）",
                            station.get().id(), "OTHER", "啟動預熱（不留記錄）", engineer, null, null), agent);
                    return escalate && firstEscalation(order);
                }));
                escalatedSoFar += ranEscalation ? 1 : 0;
            }
        } catch (RuntimeException e) {
            // a warm-up that fails leaves nothing behind; the node starts cold rather than not at all
            log.warn("Warm-up of the order path stopped after {} orders: {}", done, e.toString());
        }
        warmedUp = done;
        escalated = escalatedSoFar;
        log.info("Order path warmed up: {} repair orders created, {} of them escalated (R-WO-4 deduction, notices, "
                + "task), all rolled back in {} ms", done, escalated, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Fires the order's contact deadline now (the timer's job, executed ahead of its due date) and then the
     * continuation after the deduction; true when the escalation's first task exists, i.e. the whole path ran.
     */
    private boolean firstEscalation(OrderCreated order) {
        ProcessInstance deadline = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(order.processInstanceId())
                .processDefinitionKey(WorkOrderProcess.RESPONSE_DEADLINE).singleResult();
        if (deadline == null) {
            return false;
        }
        Job timer = managementService.createJobQuery().processInstanceId(deadline.getId())
                .activityId(WorkOrderProcess.CONTACT_OVERDUE).singleResult();
        if (timer == null) {
            return false;
        }
        managementService.executeJob(timer.getId());
        for (Job continuation : managementService.createJobQuery().processInstanceId(deadline.getId()).messages().list()) {
            managementService.executeJob(continuation.getId());
        }
        return taskService.createTaskQuery().processInstanceId(deadline.getId())
                .taskDefinitionKey(WorkOrderProcess.NOTIFY_OPS_MANAGER).count() == 1;
    }

    /** How many orders the last run created and rolled back. */
    int warmedUp() {
        return warmedUp;
    }

    /** How many of them ran their first escalation, up to its first task, before the rollback. */
    int escalated() {
        return escalated;
    }

    private Optional<String> dispatchable(Station station) {
        return station.engineers().stream().filter(e -> directory.dispatchBar(e).isEmpty()).findFirst();
    }
}
