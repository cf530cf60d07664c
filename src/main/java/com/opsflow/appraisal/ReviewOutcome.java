package com.opsflow.appraisal;

/** The ops manager's decision on a separation review (R-AP-7). */
public enum ReviewOutcome {
    /** The separation or dismissal is confirmed (確認). */
    CONFIRMED,
    /** The separation or dismissal is overruled (駁回), with a reason. */
    OVERRULED
}
