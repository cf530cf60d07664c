package com.opsflow.appraisal.web;

import com.opsflow.platform.BadRequestException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/** Parsing of request parameters shared by the appraisal controllers. */
final class Requests {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** {@code YYYY-MM}, or a 400 naming the bad value ({@code 2026-13}). */
    static YearMonth month(String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw badMonth(value);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw badMonth(value);
        }
    }

    private static BadRequestException badMonth(String value) {
        return new BadRequestException("月份格式有誤，應為 YYYY-MM / invalid month, expected YYYY-MM: " + value,
                Map.of("month", "應為 YYYY-MM / expected YYYY-MM"));
    }

    private Requests() {
    }
}
