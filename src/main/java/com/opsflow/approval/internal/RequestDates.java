package com.opsflow.approval.internal;

import com.opsflow.platform.BadRequestException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Dates as the forms submit them ({@code 2026-11-25}), and half days (AM 08:30–11:30, PM 13:00–17:00; R-AT-2). */
final class RequestDates {

    static final LocalTime MORNING_START = LocalTime.of(8, 30);
    static final LocalTime MORNING_END = LocalTime.of(11, 30);
    static final LocalTime AFTERNOON_START = LocalTime.of(13, 0);
    static final LocalTime AFTERNOON_END = LocalTime.of(17, 0);

    private RequestDates() {
    }

    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new BadRequestException("缺少日期 / missing date: " + name, Map.of(name, "必填"));
        }
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("日期格式錯誤 / invalid date: " + name, Map.of(name, "日期格式錯誤"));
        }
    }

    /** Start of a half day: AM → 08:30, PM → 13:00. */
    static Instant startOf(LocalDate day, Object half, ZoneId zone) {
        return day.atTime("PM".equals(String.valueOf(half)) ? AFTERNOON_START : MORNING_START).atZone(zone).toInstant();
    }

    /** End of a half day: AM → 11:30, PM (or none) → 17:00. */
    static Instant endOf(LocalDate day, Object half, ZoneId zone) {
        return day.atTime("AM".equals(String.valueOf(half)) ? MORNING_END : AFTERNOON_END).atZone(zone).toInstant();
    }

    static void requireOrder(Instant from, Instant to, String field) {
        if (!to.isAfter(from)) {
            throw new BadRequestException("結束須晚於開始 / the end must be after the start", Map.of(field, "結束須晚於開始"));
        }
    }
}
