package com.opsflow.staff.internal;

import com.opsflow.identity.Groups;
import com.opsflow.identity.Staff;
import com.opsflow.identity.StaffDirectory;
import com.opsflow.platform.DateTimeInput;
import com.opsflow.platform.TaskInputRefused;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * R-AP-5: who can be reported as unreachable (group leaders and above, {@code opsflow.staff.phone-duty-groups}),
 * when a report is complete, and who confirms it: the bureau head for the ops manager
 * ({@code opsflow.staff.ops-manager-confirmer-group}), else the superior recorded in the
 * organisation, else the ops manager.
 */
@Service
public class UnreachableReports {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffDirectory directory;
    private final StaffProperties settings;
    private final ZoneId zone;

    public UnreachableReports(StaffDirectory directory, StaffProperties settings,
            @Value("${opsflow.zone:Asia/Shanghai}") ZoneId zone) {
        this.directory = directory;
        this.settings = settings;
        this.zone = zone;
    }

    /** A checked report: the person, when it was tried, and who confirms. */
    public record Checked(Staff unreachable, Date triedAt, String triedAtText, String howTried, String confirmer) {
    }

    /** True when the staff member keeps the 24-hour phone duty (R-AP-5) and so can be fined. */
    public boolean onPhoneDuty(String userId) {
        return directory.find(userId).map(s -> settings.onPhoneDuty(s.groups())).orElse(false);
    }

    /** Checks a report; refuses bad input (400 with a Chinese message, nothing written). */
    public Checked check(Object unreachable, Object triedAt, Object howTried, String reporter) {
        String who = unreachable == null ? null : unreachable.toString().trim();
        if (who == null || who.isEmpty()) {
            throw TaskInputRefused.because("請選擇聯系不上的人員 / who could not be reached is required");
        }
        Staff staff = directory.find(who)
                .orElseThrow(() -> TaskInputRefused.because("查無此人員 / unknown staff: " + who));
        if (!settings.onPhoneDuty(staff.groups())) {
            throw TaskInputRefused.because(staff.name() + " 不是組長以上人員，不適用 24 小時開機規定 (R-AP-5)"
                    + " / only group leaders and above keep the 24-hour phone duty");
        }
        if (who.equals(reporter)) {
            throw TaskInputRefused.because("不可報告自己 / you cannot report yourself");
        }
        Date tried = parse(triedAt);
        if (tried == null) {
            throw TaskInputRefused.because("請填寫撥打電話的時間 / the time tried is required");
        }
        if (tried.after(ClockUtil.getCurrentTime())) {
            throw TaskInputRefused.because("撥打時間不可晚於現在 / the time tried is in the future");
        }
        String how = howTried == null || howTried.toString().isBlank() ? null : howTried.toString().trim();
        if (how == null) {
            throw TaskInputRefused.because("請說明如何聯系（撥打的號碼、次數）/ how it was tried is required");
        }
        if (how.length() > 1000) {
            throw TaskInputRefused.because("說明過長（最多 1000 字）/ at most 1000 characters");
        }
        String confirmer = confirmerOf(staff)
                .orElseThrow(() -> TaskInputRefused.because("找不到 " + staff.name() + " 的上級確認 / no superior to confirm"));
        return new Checked(staff, tried, TEXT.format(tried.toInstant().atZone(zone)), how, confirmer);
    }

    /** The bureau head for the ops manager; else the recorded superior; else the ops manager. */
    public Optional<String> confirmerOf(Staff staff) {
        Optional<String> confirmer = staff.inGroup(Groups.OPS_MANAGER)
                ? directory.firstMemberOf(settings.opsManagerConfirmerGroup())
                : staff.superior().or(directory::opsManager);
        return confirmer.filter(c -> !c.equals(staff.id()));
    }

    /** A date-time as Tasklist's field, a client or a Date gives it (platform's one reading); refused when it is none. */
    Date parse(Object value) {
        try {
            return DateTimeInput.parse(value, zone);
        } catch (DateTimeParseException e) {
            throw TaskInputRefused.because("時間格式不正確 (例如 2026-11-25T15:30:00+08:00) / not a date-time: " + value);
        }
    }
}
