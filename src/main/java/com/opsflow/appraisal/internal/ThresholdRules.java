package com.opsflow.appraisal.internal;

import com.opsflow.appraisal.Threshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-AP-1…4 as pure arithmetic on a staff member's totals (reversed entries already left out),
 * so the statement and the crossing evaluation can never disagree.
 */
@Component
class ThresholdRules {

    /**
     * @param monthPoints     points in the calendar month
     * @param windowPoints    points in the rolling window ending with that month (R-AP-3)
     * @param conductBreaches entries under the conduct rule (R-WO-12) in the month
     */
    record Totals(BigDecimal monthPoints, BigDecimal windowPoints, int conductBreaches) {

        Month month() {
            return new Month(monthPoints, conductBreaches);
        }
    }

    /**
     * What a calendar month alone decides (R-AP-2, R-AP-4), as a posting's check reads it.
     *
     * @param points          points in the calendar month
     * @param conductBreaches entries under the conduct rule (R-WO-12) in the month
     */
    record Month(BigDecimal points, int conductBreaches) {
        /** A month without entries. */
        static final Month NONE = new Month(BigDecimal.ZERO, 0);
    }

    private final AppraisalProperties properties;

    ThresholdRules(AppraisalProperties properties) {
        this.properties = properties;
    }

    /** R-AP-1: the RMB that points cost on the statement. */
    BigDecimal pointFines(BigDecimal points) {
        return points.multiply(properties.rmbPerPoint());
    }

    List<Threshold> crossed(Totals totals) {
        List<Threshold> month = crossed(totals.month());
        List<Threshold> crossed = new ArrayList<>();
        if (month.contains(Threshold.MONTHLY_POINTS)) {
            crossed.add(Threshold.MONTHLY_POINTS);
        }
        if (windowCrossed(totals.windowPoints())) {
            crossed.add(Threshold.WINDOW_POINTS);
        }
        if (month.contains(Threshold.CONDUCT_BREACHES)) {
            crossed.add(Threshold.CONDUCT_BREACHES);
        }
        return crossed;
    }

    /** The month's thresholds crossed: R-AP-2 (points), R-AP-4 (conduct breaches), in that order. */
    List<Threshold> crossed(Month month) {
        List<Threshold> crossed = new ArrayList<>();
        // R-AP-2: "2 points within a month" reached, not exceeded: 2.0 crosses, 1.5 does not.
        if (month.points().compareTo(properties.monthlyPointsThreshold()) >= 0) {
            crossed.add(Threshold.MONTHLY_POINTS);
        }
        // R-AP-4: "more than 3" conduct breaches: 4 cross, 3 do not.
        if (month.conductBreaches() > properties.maxConductBreaches()) {
            crossed.add(Threshold.CONDUCT_BREACHES);
        }
        return crossed;
    }

    /** R-AP-3: "3 points cumulative within 3 months" reached by a window's points. */
    boolean windowCrossed(BigDecimal windowPoints) {
        return windowPoints.compareTo(properties.windowPointsThreshold()) >= 0;
    }

    /** What R-AP-2 / R-AP-4 count for one of the month's thresholds. */
    BigDecimal measured(Threshold threshold, Month month) {
        return switch (threshold) {
            case MONTHLY_POINTS -> month.points();
            case CONDUCT_BREACHES -> BigDecimal.valueOf(month.conductBreaches());
            case WINDOW_POINTS -> throw new IllegalArgumentException("R-AP-3 counts a window, not a month");
        };
    }

    AppraisalProperties limits() {
        return properties;
    }

    int windowMonths() {
        return properties.windowMonths();
    }

    boolean windowByDate() {
        return properties.windowByDate();
    }

    String conductRule() {
        return properties.conductRule();
    }
}
