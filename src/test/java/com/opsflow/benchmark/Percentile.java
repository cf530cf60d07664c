package com.opsflow.benchmark;

import java.util.List;

/** Nearest-rank percentiles of sorted milliseconds, as every benchmark report gives them. */
public final class Percentile {

    /** The p-th percentile (nearest rank) of {@code sorted}; 0 when it is empty. */
    public static long of(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The same in seconds with one decimal, e.g. {@code 4.0 s}. */
    public static String seconds(List<Long> sorted, int p) {
        return String.format("%.1f s", of(sorted, p) / 1000.0);
    }

    private Percentile() {
    }
}
