package com.opsflow.attendance.internal;

/** Sign-in (簽到) or sign-out (簽退). */
public enum Direction {
    IN("簽到"), OUT("簽退");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
