package com.opsflow.platform;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/** A month as every request spells it, {@code YYYY-MM}: parsed once, the same 400 everywhere. */
public final class Months {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** {@code 2026-03}, or a {@link BadRequestException} naming the bad value ({@code 2026-13}, {@code 2026-3}). */
    public static YearMonth parse(String value) {
        if (value == null || !MONTH.matcher(value.trim()).matches()) {
            throw bad(value);
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw bad(value);
        }
    }

    private static BadRequestException bad(String value) {
        return new BadRequestException("月份格式有誤，應為 YYYY-MM / invalid month, expected YYYY-MM: " + value,
                Map.of("month", "應為 YYYY-MM / expected YYYY-MM"));
    }

    private Months() {
    }
}
