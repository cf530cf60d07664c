package com.opsflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One KPI report: a section per KPI family, plus the trend per bucket and the engineer ranking
 * the dashboard draws. Rates are shares between 0 and 1 (null when nothing was measured); times
 * are minutes.
 */
public record KpiReport(KpiQuery query, Volume volume, Efficiency efficiency, Compliance compliance,
        Satisfaction satisfaction, AppraisalSection appraisal, AttendanceSection attendance, Training training,
        List<TrendPoint> trend, List<EngineerRow> engineers) {

    /** K-3: orders received and completed within the period, open at its end. */
    public record Volume(long received, long completed, long open, Map<String, Counts> byType,
            Map<String, Counts> byChannel, Map<String, Counts> byStation) {
    }

    public record Counts(long received, long completed, long open) {
    }

    /** K-2: minutes from dispatch to contact, to on site, to closed (orders received in the period). */
    public record Efficiency(Durations dispatchToContact, Durations dispatchToOnSite, Durations dispatchToClosed) {
    }

    /** Median and 90th percentile as Excel's PERCENTILE.INC (linear interpolation) computes them. */
    public record Durations(long count, Double medianMinutes, Double p90Minutes, Double averageMinutes) {
    }

    /**
     * K-4: shares of orders that met their deadline (R-WO-1 contact, R-WO-4 on site, R-WO-5
     * installation), escalation levels reached (R-WO-2, R-WO-3) and tech-support escalations (R-WO-6).
     */
    public record Compliance(Share contact, Share onSite, Share installation, List<EscalationLevel> escalations,
            long techSupportEscalations, Map<String, Share> contactByStation) {
    }

    /** {@code met} of {@code total} measured orders; orders still within their deadline are not counted yet. */
    public record Share(long met, long total, Double rate) {

        public static Share of(long met, long total) {
            return new Share(met, total, total == 0 ? null : (double) met / total);
        }
    }

    public record EscalationLevel(int level, String rule, String label, long orders) {
    }

    /** K-1: the callback's satisfaction (1–5), complaints and complaints verified as the staff's fault (R-WO-10). */
    public record Satisfaction(long responses, Double average, Map<Integer, Long> distribution, long complaints,
            long verifiedComplaints) {
    }

    /** Points and fines from the appraisal ledger (R-AP-*); {@code available} false until the appraisal API answers queries. */
    public record AppraisalSection(boolean available, String note, BigDecimal points, BigDecimal finesRmb,
            List<StaffAppraisal> byStaff, Map<String, StaffAppraisal> byStation, List<String> thresholdsCrossed) {
    }

    public record StaffAppraisal(String staff, String name, String station, BigDecimal points, BigDecimal finesRmb,
            List<String> thresholds) {
    }

    /**
     * Late, early, missing-sign counts and absence days (R-AT-*) of the calendar months the period
     * touches (attendance is summarised by month); {@code available} false when the attendance
     * module cannot answer.
     */
    public record AttendanceSection(boolean available, String note, long late, long early, long missingSigns,
            BigDecimal absenceDays, List<StaffAttendance> byStaff) {
    }

    public record StaffAttendance(String staff, String name, String station, long late, long early,
            long missingSigns, BigDecimal absenceDays, String consequence) {
    }

    /** K-5: the training register within the period. */
    public record Training(long records, BigDecimal hours, long passed, Map<String, BigDecimal> hoursByEngineer) {
    }

    public record TrendPoint(String label, LocalDate start, LocalDate end, long received, long completed,
            Double contactRate, Double averageSatisfaction, Double medianClosedMinutes) {
    }

    /** One line of the ranked engineer table (ranked by contact rate, then satisfaction). */
    public record EngineerRow(String engineer, String name, String station, long orders, long completed,
            Double contactRate, Double medianClosedMinutes, Double averageSatisfaction, long verifiedComplaints,
            BigDecimal trainingHours) {
    }
}
