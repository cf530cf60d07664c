package com.opsflow.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * A date-time as people and clients send it: a {@link Date} (REST front door), an ISO text with an
 * offset or {@code Z} (Tasklist's date-time field), or without one (read in the department's zone).
 * One reading for the work orders' intake, dispatch and contact call and the staff records' report
 * of an unreachable manager (R-AP-5).
 */
public final class DateTimeInput {

    private DateTimeInput() {
    }

    /** Null for a blank value; {@link DateTimeParseException} for text that is no date-time. */
    public static Date parse(Object value, ZoneId zone) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date;
        }
        String text = value.toString().trim();
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(Instant.parse(text));
            } catch (DateTimeParseException e2) {
                return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
            }
        }
    }
}
