package com.opsflow.workorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Repair orders taken by several clients at once, as the front door would take them: alternately
 * for east and west, each dispatched at once to one of the station's three engineers. For the
 * MariaDB burst test and the deadline benchmark.
 */
public final class ConcurrentRepairOrders {

    private ConcurrentRepairOrders() {
    }

    /** Creates {@code count} orders on {@code clients} threads; the process instance ids of the orders. */
    public static List<String> create(WorkOrders workOrders, int count, int clients, String customerPrefix)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String station = i % 2 == 0 ? "east" : "west";
                String engineer = "eng-" + station + "-" + (1 + (i / 2) % 3);
                NewWorkOrder order = new NewWorkOrder("REPAIR", customerPrefix + i, "13800138000",
                        station + " 幸福路 " + i + " 號", station, "PHONE", "無法上網", engineer, null, null);
                created.add(pool.submit(() -> workOrders.create(order, "cs-1").processInstanceId()));
            }
            List<String> roots = new ArrayList<>();
            for (Future<String> f : created) {
                roots.add(f.get());
            }
            return roots;
        } finally {
            pool.shutdownNow();
        }
    }
}
