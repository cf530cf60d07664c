package com.opsflow.attendance.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.notification.Notifier;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.ForbiddenException;
import com.opsflow.platform.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of a day's sign (forgot to sign, with a reason), approved by the staff member's
 * group leader (or, without one, their superior). The original sign stays as recorded; an
 * approved correction is stored beside it and the evaluation uses it instead.
 */
@Service
public class Corrections {

    private final AttendanceRepository repository;
    private final WorkingCalendar calendar;
    private final StaffDirectory directory;
    private final Notifier notifier;
    private final AttendanceClock clock;

    public Corrections(AttendanceRepository repository, WorkingCalendar calendar, StaffDirectory directory,
            Notifier notifier, AttendanceClock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.directory = directory;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    public Correction request(String staff, LocalDate day, int period, Direction direction, LocalTime time, String reason) {
        Instant now = clock.now();
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("請填寫補簽原因 / a reason is required", Map.of("reason", "必填 / required"));
        }
        if (day.isAfter(LocalDate.ofInstant(now, calendar.zone()))) {
            throw new BadRequestException("不能補簽未來的日期 / the day is in the future", Map.of("date", "未來日期"));
        }
        if (!calendar.isWorkingDay(day)) {
            throw new BadRequestException("該日不是工作日 / not a working day", Map.of("date", "非工作日"));
        }
        if (period < 0 || period >= calendar.workingPeriods(day).size()) {
            throw new BadRequestException("時段無效 / no such period", Map.of("period", "0 = 上午, 1 = 下午"));
        }
        Staff me = directory.require(staff);
        String approver = me.groupLeader().or(me::superior).orElseThrow(() ->
                new BadRequestException("沒有可審批的組長 / no group leader or superior to approve"));
        Instant claimed = day.atTime(time).atZone(calendar.zone()).toInstant();
        var draft = new Correction(0, staff, day, period, direction, claimed, reason.trim(), Correction.Status.PENDING,
                approver, now, null, null, null);
        long id = repository.insertCorrection(draft);
        notifier.notify(approver, "考勤補簽待審批：" + me.name() + " " + day,
                me.name() + " 申請補" + direction.label() + "：" + day + " " + AttendanceEvaluator.periodName(period)
                        + " " + time + "\n原因：" + reason.trim() + "\n請於 OpsFlow 考勤頁審批。");
        return repository.correction(id).orElseThrow();
    }

    @Transactional
    public Correction decide(String approver, long id, boolean approve, String comment) {
        Correction correction = repository.correction(id)
                .orElseThrow(() -> new NotFoundException("查無此補簽申請 / no such correction: " + id));
        if (!approver.equals(correction.approver())) {
            throw new ForbiddenException("只有申請人的組長可以審批 / only the staff member's group leader decides");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new BadRequestException("駁回須填寫意見 / a comment is required to reject", Map.of("comment", "必填 / required"));
        }
        Correction.Status status = approve ? Correction.Status.APPROVED : Correction.Status.REJECTED;
        if (!repository.decideCorrection(id, status, approver, clock.now(), comment)) {
            throw new BadRequestException("此申請已審批 / already decided: " + correction.status().label());
        }
        Correction decided = repository.correction(id).orElseThrow();
        notifier.notify(correction.staff(), "考勤補簽" + status.label() + "：" + correction.workDate(),
                "您的補簽申請（" + correction.workDate() + " " + AttendanceEvaluator.periodName(correction.period())
                        + correction.direction().label() + "）" + status.label()
                        + (comment == null || comment.isBlank() ? "" : "。意見：" + comment));
        return decided;
    }

    public List<Correction> mine(String staff) {
        return repository.correctionsOf(staff);
    }

    public List<Correction> pendingFor(String approver) {
        return repository.pendingFor(approver);
    }
}
