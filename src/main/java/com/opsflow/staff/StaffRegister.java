package com.opsflow.staff;

import com.opsflow.staff.StaffRecords.Agreement;
import com.opsflow.staff.StaffRecords.Qualification;
import java.time.LocalDate;

/**
 * Records into the staff records. Refuses bad input with a
 * {@link com.opsflow.platform.BadRequestException} naming each field in Chinese; writes nothing
 * then.
 */
public interface StaffRegister {

    /**
     * Records a signed confidentiality agreement (R-SE-4). Recording the same agreement again
     * returns the one recorded; a second, different agreement for the same person is refused.
     */
    Agreement recordAgreement(NewAgreement agreement, String recordedBy);

    /** Records a qualification or certificate (K-5); the same certificate number twice is refused. */
    Qualification recordQualification(NewQualification qualification, String recordedBy);

    record NewAgreement(String staff, String agreementNo, LocalDate signedOn, String companyAgreementNo) {
    }

    record NewQualification(String staff, String title, String certificateNo, LocalDate issuedOn,
            LocalDate expiresOn) {
    }
}
