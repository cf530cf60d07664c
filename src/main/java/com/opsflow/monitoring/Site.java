package com.opsflow.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A monitoring site (監測站點) of the register.
 *
 * @param station         the station (區站) whose head is the engineer's superior for R-MS-1 and R-MS-4
 * @param engineer        the engineer who inspects it every week (R-MS-1)
 * @param bureau          the local environmental bureau told of faults (R-MS-4)
 * @param inspectionsFrom the first day of the first week that has an inspection
 */
public record Site(String code, String name, String address, String station, String engineer, Bureau bureau,
        boolean active, LocalDate inspectionsFrom, List<Instrument> instruments) {

    /** The local environmental bureau (當地環保部門) of a site. */
    public record Bureau(String name, String contact, String email, String phone) {
    }
}
