package com.opsflow.staff.internal;

import com.opsflow.identity.StaffDirectory;
import com.opsflow.notification.Notifier;
import com.opsflow.staff.StaffRecords.Qualification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * K-5: a certificate's holder and their superior are told {@code opsflow.staff.certificate-reminder-days}
 * before it expires, once (each certificate is claimed by one conditional update, so a second
 * node or a second run reminds no one twice).
 */
@Component
public class CertificateReminders {

    private final JdbcStaffRecords records;
    private final StaffDirectory directory;
    private final Notifier notifier;
    private final ZoneId zone;

    CertificateReminders(JdbcStaffRecords records, StaffDirectory directory, Notifier notifier,
            @Value("${opsflow.zone:Asia/Shanghai}") ZoneId zone) {
        this.records = records;
        this.directory = directory;
        this.notifier = notifier;
        this.zone = zone;
    }

    @Scheduled(cron = "${opsflow.staff.certificate-check:0 0 8 * * *}", zone = "${opsflow.zone:Asia/Shanghai}")
    void daily() {
        remind(LocalDate.now(zone));
    }

    /** Reminds of every certificate expiring within the reminder days of {@code today}; returns them. */
    public List<Qualification> remind(LocalDate today) {
        List<Qualification> due = records.claimExpiring(today);
        for (Qualification q : due) {
            String name = directory.displayName(q.staff());
            String subject = "【提醒】證書即將到期：" + q.title();
            String body = name + " 的「" + q.title() + "」(證書編號 " + q.certificateNo() + ") 將於 " + q.expiresOn()
                    + " 到期，請安排複訓或換證，並登記新證書 (K-5 人員資質)。";
            notifier.notify(q.staff(), subject, body);
            directory.find(q.staff()).flatMap(s -> s.superior()).ifPresent(superior -> notifier.notify(superior, subject, body));
        }
        return due;
    }
}
