package com.opsflow.appraisal.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 3-point scheme as configuration ({@code opsflow.appraisal.*}), never literals in code.
 *
 * @param rmbPerPoint              R-AP-1: RMB per point deducted on the monthly statement
 * @param monthlyPointsThreshold   R-AP-2: points within one calendar month that cross (≥)
 * @param windowPointsThreshold    R-AP-3: points within the rolling window that cross (≥)
 * @param windowMonths             R-AP-3: months of the rolling window ("3個月內")
 * @param windowByDate             R-AP-3 reading (docs/rules.md): {@code true} (default) — a breach counts the
 *                                 points of the {@code windowMonths} months before its own date (a breach on
 *                                 10 March counts from 11 December); {@code false} — the calendar months
 *                                 ending with the breach's month (10 March counts from 1 January)
 * @param conductRule              R-AP-4: the rule whose entries count as conduct breaches
 * @param maxConductBreaches       R-AP-4: more than this many conduct breaches in a month cross (&gt;)
 */
@ConfigurationProperties("opsflow.appraisal")
public record AppraisalProperties(
        @DefaultValue("100") BigDecimal rmbPerPoint,
        @DefaultValue("2") BigDecimal monthlyPointsThreshold,
        @DefaultValue("3") BigDecimal windowPointsThreshold,
        @DefaultValue("3") int windowMonths,
        @DefaultValue("R-WO-12") String conductRule,
        @DefaultValue("3") int maxConductBreaches,
        @DefaultValue("true") boolean windowByDate) {

    public AppraisalProperties {
        if (windowMonths < 1) {
            throw new IllegalArgumentException("opsflow.appraisal.window-months must be at least 1");
        }
    }
}
