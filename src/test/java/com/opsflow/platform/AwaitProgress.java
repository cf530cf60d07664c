package com.opsflow.platform;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Waits for work done by job executors (one node or several) to reach an exact count: fails at
 * once when the count goes past it (something done twice) and when it stops moving for the given
 * stall time (a deadlock, a lost job). Used by the burst and cluster tests, which assert progress,
 * never timings.
 */
public final class AwaitProgress {

    private AwaitProgress() {
    }

    /**
     * Polls {@code count} every {@code poll} until it equals {@code expected}; {@code stallHint} is
     * added to the failure when it stalled (what to look for), may be empty.
     */
    public static void until(String what, LongSupplier count, long expected, Duration stall, Duration poll,
            String stallHint) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long now = count.getAsLong();
            if (now > expected) {
                fail(what + ": " + now + " of " + expected + ", more than once");
            }
            if (now == expected) {
                return;
            }
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > stall.toNanos()) {
                fail(what + ": stalled at " + now + " of " + expected + " for " + stall.toSeconds() + " s" + stallHint);
            }
            Thread.sleep(poll.toMillis());
        }
    }
}
