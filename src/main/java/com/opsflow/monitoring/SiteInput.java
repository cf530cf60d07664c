package com.opsflow.monitoring;

import java.time.LocalDate;
import java.util.List;

/** A site as the ops manager enters it (new or changed); checked by {@link Sites}, refused with a Chinese 400. */
public record SiteInput(String code, String name, String address, String station, String engineer, String bureauName,
        String bureauContact, String bureauEmail, String bureauPhone, Boolean active, LocalDate inspectionsFrom,
        List<InstrumentInput> instruments) {

    public record InstrumentInput(String code, String name, Integer calibrationIntervalDays, LocalDate lastCalibratedOn) {
    }
}
