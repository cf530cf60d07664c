package com.opsflow.attendance.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.calendar.WorkingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Attendance rules against the working calendar, on explicit instants (no clock, no database):
 * <ul>
 * <li>late: signed in after the period's start (08:30:00 is on time, 08:30:01 late; R-AT-2);</li>
 * <li>early leave: signed out before the period's end (11:30, 17:00);</li>
 * <li>missing sign-in or sign-out: one of the two for an ended period;</li>
 * <li>absence (曠工): an ended period with neither sign and no time away covering it, or covered
 * by unfiled emergency leave (R-LV-2) or a finding of signing for someone else (R-AT-1); approved
 * leave, a trip (R-TR-1) or a secondment excuse it.</li>
 * </ul>
 * Half-day precision: each period (morning, afternoon) is half a day.
 */
@Component
public class AttendanceEvaluator {

    static final BigDecimal HALF_DAY = new BigDecimal("0.5");
    static final List<String> PERIOD_NAMES = List.of("上午", "下午");
    /** The period number of a sign outside working hours (overtime, duty room): no working period. */
    public static final int OFF_HOURS = -1;

    /** 上午 / 下午: the staff-facing name of period 0 / 1; 非上班時間 for a sign outside working hours. */
    public static String periodName(int period) {
        return period == OFF_HOURS ? "非上班時間" : PERIOD_NAMES.get(Math.min(period, PERIOD_NAMES.size() - 1));
    }

    private final WorkingCalendar calendar;

    public AttendanceEvaluator(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Everything known of one staff member over some days. */
    public record StaffRecords(String staff, boolean exempt, List<Sign> signs, List<Correction> approvedCorrections,
            List<AwayPeriod> away, LocalDate startDate) {

        /** Records of a staff member whose start date is not known: every day counts. */
        public StaffRecords(String staff, boolean exempt, List<Sign> signs, List<Correction> approvedCorrections,
                List<AwayPeriod> away) {
            this(staff, exempt, signs, approvedCorrections, away, null);
        }

        /** Before the first working day nothing is expected of anyone (no absence before they started). */
        boolean employedOn(LocalDate day) {
            return startDate == null || !day.isBefore(startDate);
        }
    }

    /**
     * The period a sign at {@code at} belongs to: a sign-in to the first period not yet ended (so
     * 12:10 signs in for the afternoon), a sign-out to the last period already started (so 12:10
     * signs out of the morning). Empty on a day off, for a sign-in after the last period and for a
     * sign-out before the first.
     */
    public OptionalInt periodOf(Direction direction, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, calendar.zone());
        List<WorkingPeriod> periods = calendar.workingPeriods(day);
        if (direction == Direction.IN) {
            for (int i = 0; i < periods.size(); i++) {
                if (at.isBefore(end(day, periods.get(i)))) {
                    return OptionalInt.of(i);
                }
            }
        } else {
            for (int i = periods.size() - 1; i >= 0; i--) {
                if (at.isAfter(start(day, periods.get(i)))) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    public boolean isLate(LocalDate day, int period, Instant signIn) {
        return signIn.isAfter(start(day, calendar.workingPeriods(day).get(period)));
    }

    public boolean isEarly(LocalDate day, int period, Instant signOut) {
        return signOut.isBefore(end(day, calendar.workingPeriods(day).get(period)));
    }

    public List<DayResult> evaluate(StaffRecords records, LocalDate first, LocalDate last, Instant now) {
        List<DayResult> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            // no schedule: a day off in the calendar, or before the person started
            List<WorkingPeriod> periods = records.employedOn(day) ? calendar.workingPeriods(day) : List.of();
            List<PeriodResult> results = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                results.add(evaluatePeriod(records, day, i, periods.get(i), now));
            }
            days.add(new DayResult(day, !periods.isEmpty(), List.copyOf(results)));
        }
        return days;
    }

    private PeriodResult evaluatePeriod(StaffRecords records, LocalDate day, int i, WorkingPeriod hours, Instant now) {
        Instant start = start(day, hours);
        Instant end = end(day, hours);
        Optional<Correction> inFix = correction(records, day, i, Direction.IN);
        Optional<Correction> outFix = correction(records, day, i, Direction.OUT);
        Instant signIn = inFix.map(Correction::claimedAt).orElse(sign(records, day, i, Direction.IN));
        Instant signOut = outFix.map(Correction::claimedAt).orElse(sign(records, day, i, Direction.OUT));
        boolean corrected = inFix.isPresent() || outFix.isPresent();
        String name = periodName(i);
        AwayKind away = awayKind(records, start, end);
        boolean ended = !now.isBefore(end);
        boolean started = now.isAfter(start);

        if (records.exempt()) {
            return new PeriodResult(i, name, hours.toString(), signIn, signOut, corrected, null, true,
                    false, false, false, false, false, !ended, "豁免");
        }
        if (away != null) {
            boolean absent = away.isAbsence();
            return new PeriodResult(i, name, hours.toString(), signIn, signOut, corrected, away, false,
                    false, false, false, false, absent, !ended, away.label());
        }
        boolean late = signIn != null && signIn.isAfter(start);
        boolean early = signOut != null && signOut.isBefore(end);
        boolean missingIn = ended && signIn == null && signOut != null;
        boolean missingOut = ended && signOut == null && signIn != null;
        boolean absent = ended && signIn == null && signOut == null;
        String status;
        if (absent) {
            status = "曠工";
        } else if (!started && signIn == null) {
            status = "未開始";
        } else {
            List<String> parts = new ArrayList<>();
            if (late) {
                parts.add("遲到");
            }
            if (early) {
                parts.add("早退");
            }
            if (missingIn) {
                parts.add("缺簽到");
            }
            if (missingOut) {
                parts.add("缺簽退");
            }
            status = !parts.isEmpty() ? String.join("、", parts) : ended ? "正常" : "進行中";
        }
        return new PeriodResult(i, name, hours.toString(), signIn, signOut, corrected, null, false, late, early,
                missingIn, missingOut, absent, !ended, status);
    }

    public MonthlySummary summarize(String staff, String name, YearMonth month, boolean exempt, List<DayResult> days,
            int maxLateEarlyForCriticism) {
        BigDecimal worked = BigDecimal.ZERO.setScale(1);
        BigDecimal absence = worked;
        BigDecimal leave = worked;
        BigDecimal trip = worked;
        BigDecimal secondment = worked;
        int late = 0;
        int early = 0;
        int missing = 0;
        for (DayResult day : days) {
            for (PeriodResult p : day.periods()) {
                if (p.worked()) {
                    worked = worked.add(HALF_DAY);
                }
                if (p.absent()) {
                    absence = absence.add(HALF_DAY);
                }
                if (p.away() == AwayKind.LEAVE) {
                    leave = leave.add(HALF_DAY);
                } else if (p.away() == AwayKind.TRIP) {
                    trip = trip.add(HALF_DAY);
                } else if (p.away() == AwayKind.SECONDMENT) {
                    secondment = secondment.add(HALF_DAY);
                }
                late += p.late() ? 1 : 0;
                early += p.early() ? 1 : 0;
                missing += (p.missingSignIn() ? 1 : 0) + (p.missingSignOut() ? 1 : 0);
            }
        }
        Consequence consequence = exempt ? Consequence.NONE : Consequence.of(late + early, maxLateEarlyForCriticism);
        return new MonthlySummary(staff, name, month.toString(), exempt, worked, late, early, missing, absence, leave, trip,
                secondment, consequence);
    }

    /** Absence (R-LV-2, R-AT-1) wins over any excuse; then a trip, a secondment, leave. */
    private static AwayKind awayKind(StaffRecords records, Instant start, Instant end) {
        return records.away().stream()
                .filter(a -> a.overlaps(start, end))
                .map(AwayPeriod::kind)
                .min(Comparator.comparingInt(k -> switch (k) {
                    case UNFILED_EMERGENCY_LEAVE, PROXY_SIGNING -> 0;
                    case TRIP -> 1;
                    case SECONDMENT -> 2;
                    case LEAVE -> 3;
                }))
                .orElse(null);
    }

    private static Optional<Correction> correction(StaffRecords records, LocalDate day, int period, Direction direction) {
        return records.approvedCorrections().stream()
                .filter(c -> c.workDate().equals(day) && c.period() == period && c.direction() == direction)
                .max(Comparator.comparing(Correction::decidedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static Instant sign(StaffRecords records, LocalDate day, int period, Direction direction) {
        return records.signs().stream()
                .filter(s -> s.workDate().equals(day) && s.period() == period && s.direction() == direction)
                .map(Sign::signedAt)
                .findFirst().orElse(null);
    }

    private Instant start(LocalDate day, WorkingPeriod period) {
        return day.atTime(period.start()).atZone(calendar.zone()).toInstant();
    }

    private Instant end(LocalDate day, WorkingPeriod period) {
        return day.atTime(period.end()).atZone(calendar.zone()).toInstant();
    }
}
