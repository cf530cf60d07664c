package com.opsflow.attendance.internal;

/** Kinds of time away reported by the approval processes. */
public enum AwayKind {
    LEAVE("請假"), TRIP("出差"), SECONDMENT("抽調"),
    /** R-LV-2: emergency leave not filed afterwards counts as absence. */
    UNFILED_EMERGENCY_LEAVE("曠工（緊急請假未補辦）");

    private final String label;

    AwayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
