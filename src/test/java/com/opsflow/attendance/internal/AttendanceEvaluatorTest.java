package com.opsflow.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.calendar.internal.CalendarProperties;
import com.opsflow.calendar.internal.ConfiguredWorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The attendance rules on explicit instants. Week of Monday 2026-11-23; Wednesday 2026-11-25 is a
 * configured holiday.
 */
class AttendanceEvaluatorTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 25);
    static final Instant EVENING = at("2026-11-23T20:00:00");

    final AttendanceEvaluator evaluator = new AttendanceEvaluator(new ConfiguredWorkingCalendar(
            new CalendarProperties(SHANGHAI, Set.of(HOLIDAY), Set.of(), null)));

    final List<Sign> signs = new ArrayList<>();
    final List<AwayPeriod> away = new ArrayList<>();
    final List<Correction> corrections = new ArrayList<>();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    void sign(Direction direction, String local) {
        Instant t = at(local);
        int period = evaluator.periodOf(direction, t).orElseThrow();
        signs.add(new Sign(signs.size() + 1, "eng", LocalDate.ofInstant(t, SHANGHAI), period, direction, t));
    }

    List<PeriodResult> periodsOn(LocalDate day, Instant now) {
        var days = evaluator.evaluate(new AttendanceEvaluator.StaffRecords("eng", false, signs, corrections, away), day, day, now);
        return days.get(0).periods();
    }

    MonthlySummary summary(LocalDate first, LocalDate last, Instant now) {
        var days = evaluator.evaluate(new AttendanceEvaluator.StaffRecords("eng", false, signs, corrections, away), first, last, now);
        return evaluator.summarize("eng", "測試", YearMonth.from(first), false, days, 3);
    }

    @Test
    void signingInAt083000IsOnTimeAnd083001IsLate_R_AT_2() {
        sign(Direction.IN, "2026-11-23T08:30:00");
        sign(Direction.IN, "2026-11-24T08:30:01");
        assertThat(periodsOn(MONDAY, EVENING).get(0).late()).isFalse();
        assertThat(periodsOn(MONDAY.plusDays(1), at("2026-11-24T20:00:00")).get(0).late()).isTrue();
    }

    @Test
    void signingInAt130000IsOnTimeAnd130001IsLateForTheAfternoon_R_AT_2() {
        sign(Direction.IN, "2026-11-23T13:00:00");
        sign(Direction.IN, "2026-11-24T13:00:01");
        assertThat(periodsOn(MONDAY, EVENING).get(1).late()).isFalse();
        assertThat(periodsOn(MONDAY.plusDays(1), at("2026-11-24T20:00:00")).get(1).late()).isTrue();
    }

    @Test
    void signingOutBefore1130Or1700IsEarlyLeave_R_AT_2() {
        sign(Direction.OUT, "2026-11-23T11:29:59");
        sign(Direction.OUT, "2026-11-23T17:00:00");
        List<PeriodResult> monday = periodsOn(MONDAY, EVENING);
        assertThat(monday.get(0).early()).isTrue();
        assertThat(monday.get(1).early()).isFalse();
    }

    @Test
    void theLunchBreakBelongsToNeitherPeriodSoSigningDuringItIsNeitherLateNorEarly_R_AT_2() {
        // signing out at 12:10 closes the morning; signing in at 12:50 opens the afternoon
        assertThat(evaluator.periodOf(Direction.OUT, at("2026-11-23T12:10:00"))).hasValue(0);
        assertThat(evaluator.periodOf(Direction.IN, at("2026-11-23T12:50:00"))).hasValue(1);
        sign(Direction.IN, "2026-11-23T08:20:00");
        sign(Direction.OUT, "2026-11-23T12:10:00");
        sign(Direction.IN, "2026-11-23T12:50:00");
        sign(Direction.OUT, "2026-11-23T17:05:00");
        var summary = summary(MONDAY, MONDAY, EVENING);
        assertThat(summary.lateCount()).isZero();
        assertThat(summary.earlyCount()).isZero();
        assertThat(summary.daysWorked()).isEqualByComparingTo("1");
        assertThat(summary.absenceDays()).isEqualByComparingTo("0");
    }

    @Test
    void aMissingSignOutIsCountedAndAPeriodWithNeitherSignIsAbsence() {
        sign(Direction.IN, "2026-11-23T08:25:00");
        List<PeriodResult> monday = periodsOn(MONDAY, EVENING);
        assertThat(monday.get(0).missingSignOut()).isTrue();
        assertThat(monday.get(0).absent()).isFalse();
        assertThat(monday.get(1).absent()).as("afternoon with no sign at all: 曠工").isTrue();
    }

    @Test
    void aWorkingDayWithNoSignAndNoExcuseIsAbsence() {
        var summary = summary(MONDAY, MONDAY, EVENING);
        assertThat(summary.absenceDays()).isEqualByComparingTo("1");
        assertThat(summary.daysWorked()).isEqualByComparingTo("0");
    }

    @Test
    void aPeriodNotYetEndedIsNotMissingOrAbsentYet() {
        List<PeriodResult> monday = periodsOn(MONDAY, at("2026-11-23T10:00:00"));
        assertThat(monday.get(0).absent()).isFalse();
        assertThat(monday.get(0).open()).isTrue();
        assertThat(monday.get(1).status()).isEqualTo("未開始");
    }

    @Test
    void approvedLeaveTripAndSecondmentExcuseTheDayAndAreCountedSeparately_R_TR_1_R_SC_1() {
        away.add(new AwayPeriod("eng", AwayKind.LEAVE, at("2026-11-23T08:30:00"), at("2026-11-23T11:30:00"), "leave-1"));
        away.add(new AwayPeriod("eng", AwayKind.TRIP, at("2026-11-24T00:00:00"), at("2026-11-25T00:00:00"), "trip-1"));
        away.add(new AwayPeriod("eng", AwayKind.SECONDMENT, at("2026-11-26T00:00:00"), at("2026-11-27T00:00:00"), "sec-1"));
        sign(Direction.IN, "2026-11-23T13:00:00");
        sign(Direction.OUT, "2026-11-23T17:00:00");
        var summary = summary(MONDAY, LocalDate.of(2026, 11, 26), at("2026-11-26T20:00:00"));
        assertThat(summary.leaveDays()).isEqualByComparingTo("0.5");
        assertThat(summary.tripDays()).as("no sign-in on a trip").isEqualByComparingTo("1");
        assertThat(summary.secondmentDays()).isEqualByComparingTo("1");
        assertThat(summary.absenceDays()).isEqualByComparingTo("0");
        assertThat(summary.daysWorked()).isEqualByComparingTo("0.5");
    }

    @Test
    void aHolidayNeedsNoSignAndIsNoAbsence() {
        var days = evaluator.evaluate(new AttendanceEvaluator.StaffRecords("eng", false, signs, corrections, away),
                HOLIDAY, HOLIDAY, at("2026-11-25T20:00:00"));
        assertThat(days.get(0).workingDay()).isFalse();
        assertThat(days.get(0).periods()).isEmpty();
        assertThat(summary(HOLIDAY, HOLIDAY, at("2026-11-25T20:00:00")).absenceDays()).isEqualByComparingTo("0");
    }

    @Test
    void unfiledEmergencyLeaveIsAbsenceEvenOverAnExcuse_R_LV_2() {
        away.add(new AwayPeriod("eng", AwayKind.UNFILED_EMERGENCY_LEAVE, at("2026-11-23T08:30:00"),
                at("2026-11-23T17:00:00"), "emergency-1"));
        away.add(new AwayPeriod("eng", AwayKind.LEAVE, at("2026-11-23T08:30:00"), at("2026-11-23T11:30:00"), "leave-2"));
        var summary = summary(MONDAY, MONDAY, EVENING);
        assertThat(summary.absenceDays()).isEqualByComparingTo("1");
        assertThat(summary.leaveDays()).isEqualByComparingTo("0");
        assertThat(periodsOn(MONDAY, EVENING).get(0).status()).contains("曠工");
    }

    @Test
    void anApprovedCorrectionStandsInForTheMissingSignWhileTheOriginalStays() {
        sign(Direction.OUT, "2026-11-23T11:35:00");
        corrections.add(new Correction(1, "eng", MONDAY, 0, Direction.IN, at("2026-11-23T08:25:00"), "忘記簽到",
                Correction.Status.APPROVED, "leader", at("2026-11-23T12:00:00"), "leader", at("2026-11-23T12:30:00"), null));
        PeriodResult morning = periodsOn(MONDAY, EVENING).get(0);
        assertThat(morning.signIn()).isEqualTo(at("2026-11-23T08:25:00"));
        assertThat(morning.corrected()).isTrue();
        assertThat(morning.missingSignIn()).isFalse();
        assertThat(signs).hasSize(1);
    }

    @Test
    void nobodyIsAbsentBeforeTheDayTheyStarted() {
        LocalDate friday = MONDAY.plusDays(4);
        Instant fridayEvening = at("2026-11-27T18:00:00");
        var days = evaluator.evaluate(new AttendanceEvaluator.StaffRecords("new", false, List.of(), List.of(), List.of(),
                friday), MONDAY, friday, fridayEvening);
        var summary = evaluator.summarize("new", "新同事", YearMonth.of(2026, 11), false, days, 3);
        // Monday to Thursday (Wednesday a holiday) came before the start: not working days for them
        assertThat(days.stream().filter(DayResult::workingDay).map(DayResult::date)).containsExactly(friday);
        assertThat(summary.absenceDays()).isEqualByComparingTo("1");
    }

    @Test
    void aSignOutsideWorkingHoursBelongsToNoPeriodAndCountsInNone_R_AT_2() {
        Instant evening = at("2026-11-23T19:00:00");
        signs.add(new Sign(1, "eng", MONDAY, AttendanceEvaluator.OFF_HOURS, Direction.IN, evening));
        sign(Direction.IN, "2026-11-23T08:30:00");
        sign(Direction.OUT, "2026-11-23T11:30:00");
        sign(Direction.IN, "2026-11-23T13:00:00");
        sign(Direction.OUT, "2026-11-23T17:00:00");
        var summary = summary(MONDAY, MONDAY, at("2026-11-23T20:00:00"));
        assertThat(summary.lateAndEarly()).isZero();
        assertThat(summary.absenceDays()).isEqualByComparingTo("0");
        assertThat(AttendanceEvaluator.periodName(AttendanceEvaluator.OFF_HOURS)).isEqualTo("非上班時間");
    }

    @Test
    void exemptStaffAreNeverLateOrAbsent_R_AT_2() {
        var days = evaluator.evaluate(new AttendanceEvaluator.StaffRecords("duty", true, List.of(), List.of(), List.of()),
                MONDAY, MONDAY, EVENING);
        var summary = evaluator.summarize("duty", "值班", YearMonth.of(2026, 11), true, days, 3);
        assertThat(summary.absenceDays()).isEqualByComparingTo("0");
        assertThat(summary.consequence()).isEqualTo(Consequence.NONE);
    }

    @Test
    void threeLateOrEarlyInAMonthMeanCriticismAtTheMeetingAndFourAReportToTheCompany_R_AT_3() {
        sign(Direction.IN, "2026-11-23T08:31:00");
        sign(Direction.OUT, "2026-11-23T11:00:00");
        sign(Direction.IN, "2026-11-23T13:10:00");
        assertThat(summary(MONDAY, MONDAY, EVENING).consequence()).isEqualTo(Consequence.CRITICISM_AT_MEETING);
        sign(Direction.OUT, "2026-11-23T16:59:59");
        var four = summary(MONDAY, MONDAY, EVENING);
        assertThat(four.lateAndEarly()).isEqualTo(4);
        assertThat(four.consequence()).isEqualTo(Consequence.REPORTED_TO_COMPANY);
        assertThat(four.consequenceLabel()).isEqualTo("報所屬公司");
    }

    @Test
    void theConsequenceThresholdsOfR_AT_3() {
        assertThat(Consequence.of(0, 3)).isEqualTo(Consequence.NONE);
        assertThat(Consequence.of(1, 3)).isEqualTo(Consequence.CRITICISM_AT_MEETING);
        assertThat(Consequence.of(3, 3).label()).isEqualTo("例會批評");
        assertThat(Consequence.of(4, 3).label()).isEqualTo("報所屬公司");
    }
}
