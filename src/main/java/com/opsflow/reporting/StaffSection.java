package com.opsflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's staff sections, within the caller's scope: under K-4 (security) the service staff
 * without a signed confidentiality agreement (R-SE-4); K-5 (staff and innovation: qualification,
 * training, development) the certificates and their expiry with the training of the period.
 */
public record StaffSection(LocalDate today, List<Person> withoutAgreement, Development development) {

    public record Person(String staff, String name, String station) {
    }

    /**
     * K-5 over the staff in scope: how many hold a valid certificate, the certificates that run out
     * within the reminder days or have run out, the training of the period (records, hours, passed;
     * hours by kind of training, every kind listed), and one row per staff member.
     */
    public record Development(long staff, long withValidCertificate, long certificates, List<Certificate> expiringSoon,
            List<Certificate> expired, long trainingRecords, BigDecimal trainingHours, long trainingPassed,
            List<CategoryHours> trainingByCategory, List<StaffDevelopment> byStaff) {
    }

    /** Training of one kind in the period: {@code category} as recorded (SAFETY …), its Chinese name. */
    public record CategoryHours(String category, String name, long records, BigDecimal hours) {
    }

    public record Certificate(String staff, String name, String station, String title, String certificateNo,
            LocalDate expiresOn) {
    }

    public record StaffDevelopment(String staff, String name, String station, long validCertificates,
            long expiringSoon, long expired, BigDecimal trainingHours, long trainingRecords) {
    }
}
