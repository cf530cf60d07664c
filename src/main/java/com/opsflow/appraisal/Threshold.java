package com.opsflow.appraisal;

/**
 * The separation thresholds of the 3-point scheme; each names its rule. Amounts and limits are
 * configuration ({@code opsflow.appraisal.*}), not part of the enum.
 */
public enum Threshold {
    /** R-AP-2: points within one calendar month reach the monthly limit: automatic separation (自動離職). */
    MONTHLY_POINTS("R-AP-2", "當月扣分達上限（自動離職）"),
    /** R-AP-3: points within the rolling window of calendar months reach the limit: automatic separation. */
    WINDOW_POINTS("R-AP-3", "三個月內累計扣分達上限（自動離職）"),
    /** R-AP-4: more conduct-code breaches (R-WO-12) in one month than allowed: dismissal (辭退). */
    CONDUCT_BREACHES("R-AP-4", "當月違反上門規範超過上限（辭退）");

    private final String rule;
    private final String label;

    Threshold(String rule, String label) {
        this.rule = rule;
        this.label = label;
    }

    /** The rule id, e.g. {@code R-AP-2}: how statements and reviews name the threshold. */
    public String rule() {
        return rule;
    }

    /** Traditional Chinese description for staff-facing text. */
    public String label() {
        return label;
    }

    public static Threshold ofRule(String rule) {
        for (Threshold t : values()) {
            if (t.rule.equals(rule)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no threshold for rule " + rule);
    }
}
