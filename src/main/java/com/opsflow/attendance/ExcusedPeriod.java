package com.opsflow.attendance;

import java.time.Instant;
import java.util.Objects;

/**
 * Time away approved by a process: every working period it overlaps needs no sign-in and is no
 * absence (half-day precision, like the leave form).
 *
 * @param staff     the staff member's user id
 * @param from      start, inclusive
 * @param to        end, exclusive; after {@code from}
 * @param reference what approved it, e.g. the process instance id; one record per reference and kind
 */
public record ExcusedPeriod(String staff, Instant from, Instant to, Kind kind, String reference) {

    public enum Kind {
        /** 事假, 病假, 休假 (R-LV-1, R-LV-3), also emergency leave filed afterwards (R-LV-2). */
        LEAVE,
        /** 出差: no sign-in while on the trip (R-TR-1). */
        TRIP,
        /** 臨時抽調 (R-SC-1). */
        SECONDMENT
    }

    public ExcusedPeriod {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an excused period ends after it starts: " + from + " … " + to);
        }
    }
}
