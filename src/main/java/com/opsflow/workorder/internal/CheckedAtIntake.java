package com.opsflow.workorder.internal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the REST intake ({@link OrderIntake}) has just checked about a new order — its station
 * exists (and its name), the engineer belongs to it and may be dispatched (and the engineer's name)
 * — handed to the order's first steps ({@code ${prepareWorkOrder}}, {@code ${recordDispatch}}),
 * which the engine runs on the same thread while the intake starts the process. They then skip
 * the same directory look-ups (issue 19: no look-up per step that the request already answered).
 * It also carries the customer's phone, address and request and the intake channel, which the
 * first step writes into the order's row: since the models 1.4.0 they are not process variables.
 *
 * <p>Bound to the thread for the duration of the start call only, never a process variable: a
 * client of {@code /engine-rest} can set any variable, transient ones included, but cannot set
 * this. Orders started any other way (Tasklist, {@code /engine-rest}) are checked by the steps
 * themselves, as before.
 */
final class CheckedAtIntake {

    /**
     * The intake's findings for order {@code orderNo}; {@code engineer} null when none was given;
     * the customer's data as checked (trimmed, the channel in capitals).
     */
    record Checked(String orderNo, String station, String stationName, String engineer, String engineerName,
            String customerPhone, String address, String description, String channel) {
    }

    private static final ThreadLocal<Checked> CURRENT = new ThreadLocal<>();

    private CheckedAtIntake() {
    }

    static <T> T during(Checked checked, Supplier<T> start) {
        CURRENT.set(checked);
        try {
            return start.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** The intake's findings, when the order being started is the one the intake checked. */
    static Optional<Checked> of(String orderNo) {
        Checked checked = CURRENT.get();
        return checked != null && checked.orderNo().equals(orderNo) ? Optional.of(checked) : Optional.empty();
    }
}
