package com.opsflow.reporting;

/** The period a trend point covers: a calendar day, an ISO week (Monday first) or a calendar month. */
public enum Bucket {
    DAY,
    WEEK,
    MONTH
}
