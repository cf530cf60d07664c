package com.opsflow.appraisal.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calendar months in the department's zone ({@code opsflow.zone}): an appraisal month runs from
 * the 1st 00:00 local time to the 1st of the next month, whatever the server's own zone.
 */
@Component
class Months {

    private final ZoneId zone;

    Months(@Value("${opsflow.zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: the first instant of the following month. */
    Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    ZoneId zone() {
        return zone;
    }
}
