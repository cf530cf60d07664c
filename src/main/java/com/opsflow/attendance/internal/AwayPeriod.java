package com.opsflow.attendance.internal;

import java.time.Instant;

public record AwayPeriod(String staff, AwayKind kind, Instant from, Instant to, String reference) {

    boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && to.isAfter(start);
    }
}
