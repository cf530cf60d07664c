package com.opsflow.workorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

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
        return concurrently(count, clients, i -> {
            NewWorkOrder order = new NewWorkOrder("REPAIR", customerPrefix + i, "13800138000",
                    station(i) + " 幸福路 " + i + " 號", station(i), "PHONE", "無法上網", engineer(i), null, null);
            return () -> workOrders.create(order, "cs-1").processInstanceId();
        });
    }

    /** The station of the i-th order: east and west in turn. */
    public static String station(int i) {
        return i % 2 == 0 ? "east" : "west";
    }

    /** The engineer of the i-th order: one of its station's three, in turn. */
    public static String engineer(int i) {
        return "eng-" + station(i) + "-" + (1 + (i / 2) % 3);
    }

    /** Runs the {@code count} calls {@code call} makes on {@code clients} threads at once; their results in order. */
    public static <T> List<T> concurrently(int count, int clients, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> submitted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                submitted.add(pool.submit(call.apply(i)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : submitted) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
