package com.opsflow.appraisal;

/** The two ledgers of R-AP-6: points deducted (3-point scheme) and fines in RMB. */
public enum EntryKind {
    POINTS,
    FINE
}
