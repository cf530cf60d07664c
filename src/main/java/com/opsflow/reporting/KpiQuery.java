package com.opsflow.reporting;

import com.opsflow.platform.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * What a KPI report covers: the days {@code from}…{@code to} (both inclusive, in the department's
 * time zone), the trend bucket, and optional filters (null = all).
 *
 * @param type work-order type {@code INSTALLATION}, {@code REPAIR} or {@code RENEWAL}
 */
public record KpiQuery(LocalDate from, LocalDate to, Bucket bucket, String station, String engineer, String type,
        String channel) {

    /** The longest period one report may cover (a few years of trend points is still small). */
    public static final long MAX_DAYS = 3 * 366;

    public KpiQuery {
        if (from == null || to == null) {
            throw new BadRequestException("請提供期間 / from and to are required");
        }
        if (from.isAfter(to)) {
            throw new BadRequestException("開始日期晚於結束日期 / from " + from + " is after to " + to,
                    Map.of("from", "開始日期不可晚於結束日期 / must not be after to"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadRequestException("期間過長 / the period may cover at most " + MAX_DAYS + " days",
                    Map.of("to", "期間過長 / period too long"));
        }
        if (bucket == null) {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            bucket = days <= 31 ? Bucket.DAY : days <= 120 ? Bucket.WEEK : Bucket.MONTH;
        }
        station = blankToNull(station);
        engineer = blankToNull(engineer);
        channel = blankToNull(channel);
        type = blankToNull(type) == null ? null : type.trim().toUpperCase(Locale.ROOT);
        if (type != null && !type.equals("INSTALLATION") && !type.equals("REPAIR") && !type.equals("RENEWAL")) {
            throw new BadRequestException("未知的工單類型 / unknown type " + type,
                    Map.of("type", "INSTALLATION、REPAIR 或 RENEWAL"));
        }
    }

    /**
     * Parses the query parameters of {@code /api/kpi} and the dashboard; missing dates default to
     * the last 30 days up to {@code today}. Unparsable input → {@link BadRequestException}.
     */
    public static KpiQuery parse(String from, String to, String bucket, String station, String engineer, String type,
            String channel, LocalDate today) {
        LocalDate toDate = blankToNull(to) == null ? today : date("to", to);
        LocalDate fromDate = blankToNull(from) == null ? toDate.minusDays(29) : date("from", from);
        Bucket b = null;
        if (blankToNull(bucket) != null) {
            try {
                b = Bucket.valueOf(bucket.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("未知的統計週期 / unknown bucket " + bucket,
                        Map.of("bucket", "DAY、WEEK 或 MONTH"));
            }
        }
        return new KpiQuery(fromDate, toDate, b, station, engineer, type, channel);
    }

    /** The period of the same length just before this one (for the change shown on the tiles). */
    public KpiQuery previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new KpiQuery(from.minusDays(days), from.minusDays(1), bucket, station, engineer, type, channel);
    }

    public KpiQuery withStation(String newStation) {
        return new KpiQuery(from, to, bucket, newStation, engineer, type, channel);
    }

    public KpiQuery withEngineer(String newEngineer) {
        return new KpiQuery(from, to, bucket, station, newEngineer, type, channel);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("日期格式錯誤，應為 YYYY-MM-DD / " + field + " is not a date: " + value,
                    Map.of(field, "日期格式應為 YYYY-MM-DD / expected YYYY-MM-DD"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
