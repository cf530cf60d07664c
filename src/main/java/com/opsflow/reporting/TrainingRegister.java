package com.opsflow.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** K-5: the training register (who, course, date, hours, passed), owned by reporting. */
public interface TrainingRegister {

    /** Records a training; refuses unknown staff, a blank course, hours outside (0, 100]. */
    TrainingRecord record(NewTraining training, String recordedBy);

    /** Records with a date within from…to (inclusive), optionally of one station or one staff member. */
    List<TrainingRecord> list(LocalDate from, LocalDate to, String station, String staff);

    record NewTraining(String staff, String course, LocalDate date, BigDecimal hours, boolean passed) {
    }

    record TrainingRecord(long id, String staff, String name, String station, String course, LocalDate date,
            BigDecimal hours, boolean passed, String recordedBy, Instant recordedAt) {
    }
}
