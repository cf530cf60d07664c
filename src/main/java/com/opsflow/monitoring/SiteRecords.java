package com.opsflow.monitoring;

import java.util.List;

/** The records kept per site (R-MS-2). */
public interface SiteRecords {

    /** Newest first; {@code kind} null for every kind. */
    List<SiteRecord> list(String siteCode, RecordKind kind);

    /** A record entered by hand (a reagent replaced, a repair outside an inspection); refused with a 400 when incomplete. */
    SiteRecord add(String siteCode, RecordKind kind, String what, String readings, String remarks, String by);
}
