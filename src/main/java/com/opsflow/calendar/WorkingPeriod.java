package com.opsflow.calendar;

import java.time.Duration;
import java.time.LocalTime;

/** One working period of a day, e.g. the morning 08:30–11:30 (R-AT-2); {@code end} is exclusive. */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a working period needs start < end: " + start + "–" + end);
        }
    }

    /** Parses {@code 08:30-11:30}, the form used in configuration. */
    public static WorkingPeriod parse(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a working period is written HH:mm-HH:mm, not '" + text + "'");
        }
        return new WorkingPeriod(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
