package com.opsflow.monitoring;

import java.time.Instant;

/** One record of a site (R-MS-2): who, when, what, the readings and remarks. */
public record SiteRecord(long id, String siteCode, RecordKind kind, String recordedBy, Instant recordedAt, String what,
        String readings, String remarks) {
}
