package com.opsflow.attendance.internal;

/** Kinds of time away reported by the approval processes. */
public enum AwayKind {
    LEAVE("請假"), TRIP("出差"), SECONDMENT("抽調"),
    /** R-LV-2: emergency leave not filed afterwards counts as absence. */
    UNFILED_EMERGENCY_LEAVE("曠工（緊急請假未補辦）"),
    /** R-AT-1: signing for someone else, found by a supervisor: both are absent that day. */
    PROXY_SIGNING("曠工（代簽）");

    private final String label;

    AwayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Time away that is itself absence (曠工), not an excuse. */
    public boolean isAbsence() {
        return this == UNFILED_EMERGENCY_LEAVE || this == PROXY_SIGNING;
    }
}
