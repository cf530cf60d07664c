package com.opsflow.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the staff records: confidentiality agreements (R-SE-4) and qualifications (K-5). */
public interface StaffRecords {

    /** The staff member's signed agreement, if recorded. */
    Optional<Agreement> agreement(String staff);

    /** Every recorded agreement. */
    List<Agreement> agreements();

    /**
     * Service staff (members of {@code opsflow.staff.agreement-groups}) without a signed
     * confidentiality agreement, sorted by user id (R-SE-4, the K-4 security list).
     */
    List<String> withoutAgreement();

    /** The qualifications of one staff member, or of everyone for {@code staff == null}, by expiry. */
    List<Qualification> qualifications(String staff);

    /**
     * K-5: whether a certificate runs out within the reminder days ({@code opsflow.staff.certificate-reminder-days})
     * of {@code today}, not yet expired.
     */
    boolean expiresSoon(Qualification qualification, LocalDate today);

    /** R-SE-4: the service staff member's agreement with the information centre. */
    record Agreement(String staff, String agreementNo, LocalDate signedOn, String companyAgreementNo,
            String recordedBy, Instant recordedAt) {
    }

    /**
     * K-5: a qualification or certificate; {@code expiresOn} null for one that does not expire,
     * {@code remindedOn} the day its holder was reminded of the expiry.
     */
    record Qualification(long id, String staff, String title, String certificateNo, LocalDate issuedOn,
            LocalDate expiresOn, LocalDate remindedOn, String recordedBy, Instant recordedAt) {

        public boolean expiredOn(LocalDate day) {
            return expiresOn != null && expiresOn.isBefore(day);
        }
    }
}
