package com.opsflow.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A correction of one sign, beside the original (which stays as recorded). */
public record Correction(long id, String staff, LocalDate workDate, int period, Direction direction, Instant claimedAt,
        String reason, Status status, String approver, Instant requestedAt, String decidedBy, Instant decidedAt,
        String decisionComment) {

    public enum Status {
        PENDING("待審批"), APPROVED("已核准"), REJECTED("已駁回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
