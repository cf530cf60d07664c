package com.opsflow.monitoring;

import java.util.List;
import java.util.Optional;

/** The site register (R-MS-1…4): read by everyone, kept by the ops manager. */
public interface Sites {

    List<Site> all();

    Optional<Site> find(String code);

    /** Adds a site; refused with {@link com.opsflow.platform.BadRequestException} when the input is wrong or the code taken. */
    Site register(SiteInput input, String by);

    /** Adds the site unless one with its code exists (demo data, seeding twice changes nothing). */
    void registerIfAbsent(SiteInput input, String by);

    /** Replaces a site's data and instruments (an instrument keeps its calibration history by its code). */
    Site update(String code, SiteInput input, String by);
}
