package com.opsflow.workorder.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.workorder.NewWorkOrder;
import java.util.Optional;
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
    private final int orders;
    private volatile int warmedUp;

    WarmUpOrderPath(OrderIntake intake, StaffDirectory directory, PlatformTransactionManager transactions,
            @Value("${opsflow.front-door.warm-up-orders:0}") int orders) {
        this.intake = intake;
        this.directory = directory;
        this.rolledBack = new TransactionTemplate(transactions);
        this.orders = orders;
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
        try {
            for (; done < orders; done++) {
                rolledBack.executeWithoutResult(status -> {
                    status.setRollbackOnly();
                    intake.create(new NewWorkOrder("REPAIR", "啟動預熱", "13800138000", "啟動預熱（不留記錄）",
                            station.get().id(), "OTHER", "啟動預熱（不留記錄）", engineer, null, null), agent);
                });
            }
        } catch (RuntimeException e) {
            // a warm-up that fails leaves nothing behind; the node starts cold rather than not at all
            log.warn("Warm-up of the order path stopped after {} orders: {}", done, e.toString());
        }
        warmedUp = done;
        log.info("Order path warmed up: {} repair orders created and rolled back in {} ms", done,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** How many orders the last run created and rolled back. */
    int warmedUp() {
        return warmedUp;
    }

    private Optional<String> dispatchable(Station station) {
        return station.engineers().stream().filter(e -> directory.dispatchBar(e).isEmpty()).findFirst();
    }
}
