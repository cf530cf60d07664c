package com.opsflow.attendance.internal;

import com.opsflow.calendar.WorkingCalendar;
import com.opsflow.calendar.WorkingPeriod;
import com.opsflow.identity.Groups;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.notification.Notifier;
import com.opsflow.platform.BadRequestException;
import com.opsflow.platform.CurrentUser;
import com.opsflow.platform.ForbiddenException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-AT-1: "signing for someone else = both absent". OpsFlow makes it impossible through its own
 * API (a sign is always the caller's), but a password or a phone can be lent: a supervisor who
 * finds it records the finding, and the whole working day becomes absence (曠工) for both.
 */
@Service
public class ProxySigningFindings {

    private final AttendanceRepository repository;
    private final WorkingCalendar calendar;
    private final StaffDirectory directory;
    private final Notifier notifier;
    private final AttendanceClock clock;

    public ProxySigningFindings(AttendanceRepository repository, WorkingCalendar calendar, StaffDirectory directory,
            Notifier notifier, AttendanceClock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.directory = directory;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    public void record(CurrentUser supervisor, LocalDate day, String signer, String signedFor) {
        if (!supervisor.inAnyGroup(Groups.GROUP_LEADER, Groups.STATION_HEAD, Groups.STATION_MANAGER, Groups.OPS_MANAGER,
                Groups.BUREAU_HEAD)) {
            throw new ForbiddenException("只有組長及以上可登記代簽 / only supervisors record proxy signing");
        }
        if (signer == null || signer.equals(signedFor)) {
            throw new BadRequestException("代簽人與被代簽人須為兩人 / two different staff members",
                    Map.of("signedFor", "不同於代簽人"));
        }
        directory.require(signer);
        directory.require(signedFor);
        List<WorkingPeriod> periods = calendar.workingPeriods(day);
        if (periods.isEmpty() || day.isAfter(LocalDate.ofInstant(clock.now(), calendar.zone()))) {
            throw new BadRequestException("須為已過的工作日 / a past or current working day", Map.of("date", "工作日"));
        }
        var from = day.atTime(periods.get(0).start()).atZone(calendar.zone()).toInstant();
        var to = day.atTime(periods.get(periods.size() - 1).end()).atZone(calendar.zone()).toInstant();
        for (String staff : List.of(signer, signedFor)) {
            repository.insertAwayIfAbsent(new AwayPeriod(staff, AwayKind.PROXY_SIGNING, from, to,
                    "proxy-signing:" + day + ":" + staff), clock.now());
            notifier.notify(staff, "考勤：代簽記曠工 " + day,
                    day + " 經 " + directory.displayName(supervisor.id()) + " 查實 " + directory.displayName(signer) + " 代 "
                            + directory.displayName(signedFor) + " 簽到，依規定兩人均記曠工（R-AT-1）。");
        }
    }
}
