package com.opsflow.attendance.internal;

import com.opsflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Sign-in and sign-out (R-AT-1). The staff member is always the caller's own id (the web layer
 * passes the authenticated user and nothing else). One sign of each direction per period: the
 * unique constraint decides, so two taps at the same moment still store one row, and the second
 * is answered with the first.
 */
@Service
public class Signing {

    public record Outcome(Sign sign, boolean alreadyRecorded, boolean late, boolean early, String message) {
    }

    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AttendanceRepository repository;
    private final AttendanceEvaluator evaluator;
    private final WorkingCalendar calendar;
    private final AttendanceClock clock;

    private final AttendanceProperties properties;

    public Signing(AttendanceRepository repository, AttendanceEvaluator evaluator, WorkingCalendar calendar,
            AttendanceClock clock, AttendanceProperties properties) {
        this.properties = properties;
        this.repository = repository;
        this.evaluator = evaluator;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Outcome sign(String staff, Direction direction) {
        // Whole seconds: "after 08:30:00" must not hinge on milliseconds, and MySQL keeps none
        // (sendFractionalSeconds=false).
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.ofInstant(now, calendar.zone());
        OptionalInt period = calendar.isWorkingDay(day) ? evaluator.periodOf(direction, now) : OptionalInt.empty();
        // Outside working hours (a day off, the evening): recorded, never refused. The rules
        // (R-AT-2) count only working periods, so it is neither late, early nor absence; it shows as
        // overtime, or as duty for duty-room staff (exempt from R-AT-2).
        int p = period.orElse(AttendanceEvaluator.OFF_HOURS);
        String periodName = AttendanceEvaluator.periodName(p);
        boolean recorded = false;
        if (repository.findSign(staff, day, p, direction).isEmpty()) {
            try {
                repository.insertSign(staff, day, p, direction, now);
                recorded = true;
            } catch (DuplicateKeyException raced) {
                // a second tap in the same instant: the other request stored it
            }
        }
        Sign sign = repository.findSign(staff, day, p, direction).orElseThrow();
        if (p == AttendanceEvaluator.OFF_HOURS) {
            String kind = offHoursKind(staff);
            String message = recorded
                    ? "非上班時間" + direction.label() + "已記錄（" + kind + "）：" + time(now)
                    : "今日非上班時間已於 " + time(sign.signedAt()) + " " + direction.label() + "（" + kind + "），未重複記錄 / already recorded";
            return new Outcome(sign, !recorded, false, false, message);
        }
        boolean late = direction == Direction.IN && evaluator.isLate(day, p, sign.signedAt());
        boolean early = direction == Direction.OUT && evaluator.isEarly(day, p, sign.signedAt());
        String message = recorded
                ? periodName + direction.label() + "成功：" + time(now) + (late ? "（遲到）" : early ? "（早退）" : "（準時）")
                : periodName + "已於 " + time(sign.signedAt()) + " " + direction.label() + "，未重複記錄 / already recorded";
        return new Outcome(sign, !recorded, late, early, message);
    }

    /** 值班 for duty-room staff (exempt from signing in working hours, R-AT-2), 加班 for everyone else. */
    public String offHoursKind(String staff) {
        return properties.isExempt(staff) ? "值班" : "加班";
    }

    private String time(Instant at) {
        return LocalTime.ofInstant(at, calendar.zone()).format(HH_MM_SS);
    }
}
