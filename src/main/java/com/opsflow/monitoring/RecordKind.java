package com.opsflow.monitoring;

/** The ledgers (臺帳) of a site, R-MS-2: 儀器設備日常巡檢記錄、試劑更換記錄、維修記錄, and calibrations (R-MS-3). */
public enum RecordKind {
    INSPECTION("巡檢記錄"),
    REAGENT("試劑更換記錄"),
    REPAIR("維修記錄"),
    CALIBRATION("校準記錄");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
