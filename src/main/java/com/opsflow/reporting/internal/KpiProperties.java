package com.opsflow.reporting.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadlines the compliance KPIs measure against (K-4), from {@code opsflow.kpi.*}; the
 * defaults are the rules' own (R-WO-1 10 minutes, R-WO-4 1 hour, R-WO-5 2 days).
 *
 * @param zone the department's time zone: days, weeks and months are counted in it
 */
@ConfigurationProperties("opsflow.kpi")
public record KpiProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("10m") Duration contactWithin,
        @DefaultValue("1h") Duration onSiteWithin, @DefaultValue("2d") Duration installationWithin) {

    public static KpiProperties defaults(ZoneId zone) {
        return new KpiProperties(zone, Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofDays(2));
    }
}
