package com.opsflow.reporting.internal;

import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.attendance.AttendanceMonth;
import com.opsflow.attendance.AttendanceSummaries;
import com.opsflow.appraisal.EntryKind;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.appraisal.StaffStatement;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport.AppraisalSection;
import com.opsflow.reporting.KpiReport.AttendanceSection;
import com.opsflow.reporting.KpiReport.StaffAppraisal;
import com.opsflow.reporting.KpiReport.StaffAttendance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The appraisal and attendance sections, read through those modules' public APIs only.
 * Appraisal: the ledger entries whose breach occurred in the period (reversed entries and their
 * reversals count nowhere, R-AP-6) and the thresholds crossed on the statements of the months the
 * period touches (R-AP-2…4). Attendance: the monthly summaries ({@code AttendanceSummaries}) of
 * the months the period touches.
 */
@Component
class ModuleFigures {

    private final AppraisalLedger appraisal;
    private final AttendanceSummaries attendance;
    private final StaffDirectory directory;
    private final KpiProperties settings;

    ModuleFigures(AppraisalLedger appraisal, AttendanceSummaries attendance, StaffDirectory directory,
            KpiProperties settings) {
        this.appraisal = appraisal;
        this.attendance = attendance;
        this.directory = directory;
        this.settings = settings;
    }

    /**
     * One staff member's ledger entries whose breach occurred in the period (drill-down),
     * reversals included so the appeal is visible, newest first.
     */
    List<LedgerEntry> entries(KpiQuery query) {
        Instant start = query.from().atStartOfDay(settings.zone()).toInstant();
        Instant end = query.to().plusDays(1).atStartOfDay(settings.zone()).toInstant();
        List<LedgerEntry> entries = new ArrayList<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            appraisal.entries(query.engineer(), m, null).stream()
                    .filter(e -> !e.occurredAt().isBefore(start) && e.occurredAt().isBefore(end)).forEach(entries::add);
        }
        entries.sort((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
        return entries;
    }

    AppraisalSection appraisal(KpiQuery query) {
        Instant start = query.from().atStartOfDay(settings.zone()).toInstant();
        Instant end = query.to().plusDays(1).atStartOfDay(settings.zone()).toInstant();
        List<LedgerEntry> entries = new ArrayList<>();
        Map<String, Set<String>> thresholds = new TreeMap<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            entries.addAll(appraisal.entries(query.engineer(), m, null));
            for (StaffStatement s : appraisal.statement(m)) {
                if (!s.thresholds().isEmpty() && (query.engineer() == null || query.engineer().equals(s.staff()))) {
                    thresholds.computeIfAbsent(s.staff(), k -> new TreeSet<>()).addAll(s.thresholds());
                }
            }
        }
        Set<Long> reversed = new HashSet<>();
        entries.stream().filter(e -> e.reversalOf() != null).forEach(e -> reversed.add(e.reversalOf()));
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (LedgerEntry e : entries) {
            if (e.reversalOf() != null || reversed.contains(e.id()) || e.occurredAt().isBefore(start)
                    || !e.occurredAt().isBefore(end)) {
                continue;
            }
            BigDecimal[] s = sums.computeIfAbsent(e.staff(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (e.kind() == EntryKind.POINTS) {
                s[0] = s[0].add(e.points());
            } else {
                s[1] = s[1].add(e.amountRmb());
            }
        }
        Set<String> staff = new TreeSet<>(sums.keySet());
        staff.addAll(thresholds.keySet());
        List<StaffAppraisal> byStaff = new ArrayList<>();
        Map<String, StaffAppraisal> byStation = new TreeMap<>();
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal fines = BigDecimal.ZERO;
        Set<String> crossed = new TreeSet<>();
        Map<String, String> stations = directory.stationIds();
        Map<String, String> names = directory.displayNames(staff);
        for (String who : staff) {
            String station = stations.get(who);
            if (query.station() != null && !query.station().equals(station)) {
                continue;
            }
            BigDecimal[] s = sums.getOrDefault(who, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            List<String> t = List.copyOf(thresholds.getOrDefault(who, Set.of()));
            byStaff.add(new StaffAppraisal(who, names.get(who), station, s[0], s[1], t));
            points = points.add(s[0]);
            fines = fines.add(s[1]);
            t.forEach(rule -> crossed.add(who + " " + rule));
            String key = station == null ? KpiCalculator.UNKNOWN : station;
            StaffAppraisal sum = byStation.get(key);
            byStation.put(key, new StaffAppraisal(key, key, station,
                    (sum == null ? BigDecimal.ZERO : sum.points()).add(s[0]),
                    (sum == null ? BigDecimal.ZERO : sum.finesRmb()).add(s[1]), List.of()));
        }
        byStaff.sort((a, b) -> b.points().compareTo(a.points()) != 0 ? b.points().compareTo(a.points())
                : b.finesRmb().compareTo(a.finesRmb()));
        return new AppraisalSection(true, null, points, fines, byStaff, byStation, List.copyOf(crossed));
    }

    /**
     * The attendance summaries of the calendar months the period touches (attendance is evaluated
     * per month, R-AT-3), per staff member of the query's station / the engineer asked for.
     */
    AttendanceSection attendance(KpiQuery query) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> absence = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, String> consequences = new TreeMap<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            for (AttendanceMonth a : attendance.summaryOfAll(m)) {
                if (query.engineer() != null && !query.engineer().equals(a.staff())) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(a.staff(), k -> new long[3]);
                c[0] += a.lateCount();
                c[1] += a.earlyCount();
                c[2] += a.missingSignCount();
                absence.merge(a.staff(), a.absenceDays() == null ? BigDecimal.ZERO : a.absenceDays(), BigDecimal::add);
                names.put(a.staff(), a.name());
                // the latest month's consequence (R-AT-3 is judged month by month)
                consequences.put(a.staff(), a.consequence());
            }
        }
        List<StaffAttendance> byStaff = new ArrayList<>();
        long late = 0;
        long early = 0;
        long missing = 0;
        BigDecimal absenceDays = BigDecimal.ZERO;
        Map<String, String> stations = counts.isEmpty() ? Map.of() : directory.stationIds();
        for (var e : counts.entrySet()) {
            String station = stations.get(e.getKey());
            if (query.station() != null && !query.station().equals(station)) {
                continue;
            }
            long[] c = e.getValue();
            BigDecimal days = absence.getOrDefault(e.getKey(), BigDecimal.ZERO);
            byStaff.add(new StaffAttendance(e.getKey(), names.get(e.getKey()), station, c[0], c[1], c[2], days,
                    consequences.get(e.getKey())));
            late += c[0];
            early += c[1];
            missing += c[2];
            absenceDays = absenceDays.add(days);
        }
        return new AttendanceSection(true, null, late, early, missing, absenceDays, byStaff);
    }
}
