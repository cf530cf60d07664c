package com.opsflow.demo;

import com.opsflow.staff.StaffRecords;
import com.opsflow.staff.StaffRegister;
import com.opsflow.staff.StaffRegister.NewAgreement;
import com.opsflow.staff.StaffRegister.NewQualification;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo staff records (profile {@code demo}): every demo user but the tech-support engineer
 * {@code tech-1} has a signed confidentiality agreement (so the dashboard's K-4 list shows one
 * person without, and every demo engineer can be dispatched, R-SE-4); the engineers hold the
 * broadband installer's certificate, one of them expiring within the reminder days (K-5).
 * Recorded once: what is recorded already stays.
 */
@Component
@Profile("demo")
@Order(21)
class DemoStaffRecords implements ApplicationRunner {

    /** The demo user left without an agreement, to show the K-4 list. */
    static final String WITHOUT_AGREEMENT = "tech-1";

    private static final Logger log = LoggerFactory.getLogger(DemoStaffRecords.class);

    private final StaffRecords records;
    private final StaffRegister register;
    private final ZoneId zone;

    DemoStaffRecords(StaffRecords records, StaffRegister register, @Value("${opsflow.zone}") ZoneId zone) {
        this.records = records;
        this.register = register;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(zone);
        int n = 0;
        for (DemoOrganisation.DemoUser user : DemoOrganisation.USERS) {
            n++;
            if (user.id().equals(WITHOUT_AGREEMENT) || records.agreement(user.id()).isPresent()) {
                continue;
            }
            register.recordAgreement(new NewAgreement(user.id(), String.format("BM-2026-%03d", n), today.minusMonths(2),
                    "XXZX-BM-2026-01"), "admin");
        }
        int e = 0;
        for (DemoOrganisation.DemoUser user : DemoOrganisation.USERS) {
            if (!user.groups().contains(com.opsflow.identity.Groups.ENGINEER)
                    || !records.qualifications(user.id()).isEmpty()) {
                continue;
            }
            e++;
            // the first engineer's certificate runs out within the reminder days, the others in a year or more
            LocalDate expires = e == 1 ? today.plusDays(20) : today.plusYears(1).plusDays(e * 30L);
            register.recordQualification(new NewQualification(user.id(), "寬帶裝維工程師證", "KD-" + user.id(),
                    expires.minusYears(3), expires), "admin");
        }
        log.info("Demo staff records in place: agreements for all but {}", WITHOUT_AGREEMENT);
    }
}
