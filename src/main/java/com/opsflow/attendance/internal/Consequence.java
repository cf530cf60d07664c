package com.opsflow.attendance.internal;

/** R-AT-3: what a month's late arrivals and early leaves lead to. */
public enum Consequence {
    NONE("無"),
    /** 3 times or fewer (the department reads the rule's "fewer than 3" this way). */
    CRITICISM_AT_MEETING("例會批評"),
    /** more than 3 times. */
    REPORTED_TO_COMPANY("報所屬公司");

    private final String label;

    Consequence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @param maxForCriticism the most late/early counts that still lead only to criticism (3) */
    public static Consequence of(int lateAndEarly, int maxForCriticism) {
        if (lateAndEarly <= 0) {
            return NONE;
        }
        return lateAndEarly <= maxForCriticism ? CRITICISM_AT_MEETING : REPORTED_TO_COMPANY;
    }
}
