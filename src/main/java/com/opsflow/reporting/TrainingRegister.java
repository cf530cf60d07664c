package com.opsflow.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * K-5: the training register (who, course, date, hours, passed), owned by reporting; each record
 * has its kind of training and, when the training prepares or renews a certificate, that
 * certificate's name, so the K-5 section shows staff development by kind beside the certificates.
 */
public interface TrainingRegister {

    /** Records a training; refuses unknown staff, a blank course, hours outside (0, 100]. */
    TrainingRecord record(NewTraining training, String recordedBy);

    /** Records with a date within from…to (inclusive), optionally of one station or one staff member. */
    List<TrainingRecord> list(LocalDate from, LocalDate to, String station, String staff);

    /** The kinds of training of K-5 (人員培訓與發展), in the order the dashboard lists them. */
    enum Category {
        SAFETY("安全生產"), SKILL("專業技能"), QUALIFICATION("資格取證"), CONFIDENTIALITY("保密教育"), OTHER("其他");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The category of a code (SAFETY …); empty for an unknown code. */
        public static Optional<Category> of(String code) {
            return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(code)).findFirst();
        }
    }

    /** {@code qualification}: the certificate the training prepares or renews, when there is one. */
    record NewTraining(String staff, String course, LocalDate date, BigDecimal hours, boolean passed,
            Category category, String qualification) {

        /** A training of no particular kind and no certificate. */
        public NewTraining(String staff, String course, LocalDate date, BigDecimal hours, boolean passed) {
            this(staff, course, date, hours, passed, Category.OTHER, null);
        }
    }

    record TrainingRecord(long id, String staff, String name, String station, String course, LocalDate date,
            BigDecimal hours, boolean passed, Category category, String categoryName, String qualification,
            String recordedBy, Instant recordedAt) {
    }
}
