package com.opsflow.staff;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.Breach;
import com.opsflow.appraisal.LedgerEntry;
import com.opsflow.identity.Groups;
import com.opsflow.identity.InMemoryStaffDirectory;
import com.opsflow.identity.Station;
import com.opsflow.notification.Notifier;
import com.opsflow.platform.BadRequestException;
import com.opsflow.staff.StaffRecords.Agreement;
import com.opsflow.staff.StaffRecords.Qualification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory stand-ins for the staff module's process tests: a small organisation, a ledger, a mailbox. */
final class StaffFakes {

    private StaffFakes() {
    }

    /** A small organisation: superiors as in the demo (leader-1 → bureau-1 … ), one bureau head. */
    static final class Directory extends InMemoryStaffDirectory {

        Directory() {
            super(List.of(new Station("east", "東區站", "mgr-east", "head-east", List.of("eng-east-1"))));
            add("ops-mgr", "周國強", null, "bureau-1", Groups.OPS_MANAGER);
            add("mgr-east", "陳志明", "east", "ops-mgr", Groups.STATION_MANAGER);
            add("head-east", "林建華", "east", "mgr-east", Groups.STATION_HEAD);
            add("leader-1", "郭志偉", null, "ops-mgr", Groups.GROUP_LEADER);
            add("eng-east-1", "王小明", "east", "head-east", Groups.ENGINEER);
            add("cs-1", "許淑芬", null, "ops-mgr", Groups.CUSTOMER_SERVICE);
            add("bureau-1", "高文淵", null, null, Groups.BUREAU_HEAD);
            add("admin", "系統管理員", null, null, Groups.ADMIN);
        }
    }

    /** The ledger: one entry per idempotency key, as the appraisal module keeps it. */
    static final class Ledger implements Appraisal {

        final Map<String, LedgerEntry> byKey = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized LedgerEntry post(Breach b) {
            return byKey.computeIfAbsent(b.idempotencyKey(), k -> new LedgerEntry(ids.incrementAndGet(), b.staff(), b.kind(),
                    b.points(), b.amountRmb(), b.rule(), b.reason(), b.source().processDefinitionKey(),
                    b.source().processInstanceId(), b.source().businessKey(), b.source().activityId(), b.occurredAt(),
                    Instant.now(), b.postedBy(), null, k));
        }

        List<LedgerEntry> entries() {
            return new ArrayList<>(byKey.values());
        }
    }

    record Mail(String to, String subject, String body) {
    }

    static final class Mailbox implements Notifier {

        final List<Mail> sent = new ArrayList<>();

        @Override
        public void notify(String userId, String subject, String body) {
            sent.add(new Mail(userId, subject, body));
        }

        List<String> recipients() {
            return sent.stream().map(Mail::to).toList();
        }
    }

    /** The register as the module keeps it, without a database: one agreement per person. */
    static final class Register implements StaffRegister {

        final Map<String, Agreement> agreements = new LinkedHashMap<>();

        @Override
        public Agreement recordAgreement(NewAgreement a, String recordedBy) {
            if (a.agreementNo() == null || a.agreementNo().isBlank() || a.signedOn() == null
                    || a.companyAgreementNo() == null || a.companyAgreementNo().isBlank()) {
                throw new BadRequestException("保密協議登記有誤 / invalid agreement", Map.of("agreementNo", "請填寫保密協議編號"));
            }
            return agreements.computeIfAbsent(a.staff(), s -> new Agreement(s, a.agreementNo(), a.signedOn(),
                    a.companyAgreementNo(), recordedBy, Instant.now()));
        }

        @Override
        public Qualification recordQualification(NewQualification q, String recordedBy) {
            throw new UnsupportedOperationException("not used by the processes");
        }
    }
}
