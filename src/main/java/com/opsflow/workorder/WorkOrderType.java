package com.opsflow.workorder;

/** The three kinds of work order, each its own process. */
public enum WorkOrderType {
    INSTALLATION("installation", "報裝"),
    REPAIR("repair", "報修"),
    RENEWAL("renewal", "續費");

    private final String processKey;
    private final String label;

    WorkOrderType(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }

    public static WorkOrderType ofProcessKey(String key) {
        for (WorkOrderType t : values()) {
            if (t.processKey.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a work-order process: " + key);
    }
}
