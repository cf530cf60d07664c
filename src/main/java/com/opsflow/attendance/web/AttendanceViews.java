package com.opsflow.attendance.web;

import com.opsflow.attendance.internal.AttendanceEvaluator;
import com.opsflow.attendance.internal.Correction;
import com.opsflow.attendance.internal.DayResult;
import com.opsflow.attendance.internal.MonthlySummary;
import com.opsflow.attendance.internal.PeriodResult;
import com.opsflow.attendance.internal.Signing;
import com.opsflow.identity.StaffDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Response records of the attendance API: times as the department's local time, no entity leaks. */
final class AttendanceViews {

    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private AttendanceViews() {
    }

    record SignView(String staff, LocalDate date, int period, String periodName, String direction, Instant signedAt,
            String localTime, boolean alreadyRecorded, boolean late, boolean early, String message) {

        static SignView of(Signing.Outcome o, ZoneId zone) {
            var s = o.sign();
            return new SignView(s.staff(), s.workDate(), s.period(), AttendanceEvaluator.periodName(s.period()), s.direction().name(),
                    s.signedAt(), local(s.signedAt(), zone), o.alreadyRecorded(), o.late(), o.early(), o.message());
        }
    }

    record PeriodView(int period, String name, String hours, String signIn, String signOut, boolean corrected,
            String status, boolean late, boolean early, boolean missingSignIn, boolean missingSignOut, boolean absent,
            String away, boolean open) {

        static PeriodView of(PeriodResult p, ZoneId zone) {
            return new PeriodView(p.period(), p.name(), p.hours(), local(p.signIn(), zone), local(p.signOut(), zone),
                    p.corrected(), p.status(), p.late(), p.early(), p.missingSignIn(), p.missingSignOut(), p.absent(),
                    p.away() == null ? null : p.away().name(), p.open());
        }
    }

    record DayView(LocalDate date, boolean workingDay, List<PeriodView> periods) {

        static DayView of(DayResult d, ZoneId zone) {
            return new DayView(d.date(), d.workingDay(), d.periods().stream().map(p -> PeriodView.of(p, zone)).toList());
        }
    }

    record SummaryView(String staff, String name, String month, boolean exempt, String daysWorked, int lateCount,
            int earlyCount, int missingSignCount, String absenceDays, String leaveDays, String tripDays,
            String secondmentDays, String consequence, String consequenceLabel) {

        static SummaryView of(MonthlySummary s) {
            return new SummaryView(s.staff(), s.name(), s.month(), s.exempt(), s.daysWorked().toPlainString(),
                    s.lateCount(), s.earlyCount(), s.missingSignCount(), s.absenceDays().toPlainString(),
                    s.leaveDays().toPlainString(), s.tripDays().toPlainString(), s.secondmentDays().toPlainString(),
                    s.consequence().name(), s.consequenceLabel());
        }
    }

    record MonthView(String staff, String name, String month, boolean exempt, DayView today, List<DayView> days,
            SummaryView summary, List<OffHoursView> offHours) {
    }

    /** A sign outside working hours: 加班 (overtime) or 值班 (duty room); counts in no working period. */
    record OffHoursView(LocalDate date, String direction, String directionLabel, String localTime, String kind) {
    }

    record SummaryReport(String month, String rule, List<SummaryView> rows) {
    }

    /** A correction; people also by their Chinese names (staffName, approverName) as staff read them. */
    record CorrectionView(long id, String staff, LocalDate date, int period, String periodName, String direction,
            String time, String reason, String status, String statusLabel, String approver, Instant requestedAt,
            String decidedBy, Instant decidedAt, String decisionComment, String staffName, String approverName) {

        static CorrectionView of(Correction c, ZoneId zone, StaffDirectory directory) {
            return new CorrectionView(c.id(), c.staff(), c.workDate(), c.period(), AttendanceEvaluator.periodName(c.period()),
                    c.direction().name(), local(c.claimedAt(), zone), c.reason(), c.status().name(), c.status().label(),
                    c.approver(), c.requestedAt(), c.decidedBy(), c.decidedAt(), c.decisionComment(),
                    directory.displayName(c.staff()), c.approver() == null ? null : directory.displayName(c.approver()));
        }
    }

    static String local(Instant at, ZoneId zone) {
        return at == null ? null : LocalTime.ofInstant(at, zone).format(HH_MM_SS);
    }
}
