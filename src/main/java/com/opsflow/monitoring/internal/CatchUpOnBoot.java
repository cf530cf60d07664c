package com.opsflow.monitoring.internal;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-MS-1, R-MS-3 after a downtime: right after start-up (the demo sites are registered by then),
 * start what is due instead of waiting for the next daily schedule. Idempotent: the same as a
 * scheduled run ({@link DueWork}), so a restart or a second node starts nothing twice.
 */
@Component
class CatchUpOnBoot {

    private static final Logger log = LoggerFactory.getLogger(CatchUpOnBoot.class);

    private final DueWork work;
    private final MonitoringProperties settings;

    CatchUpOnBoot(DueWork work, MonitoringProperties settings) {
        this.work = work;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (!settings.catchUpOnBoot()) {
            return;
        }
        try {
            var now = ClockUtil.getCurrentTime().toInstant();
            work.startDueInspections(now);
            work.startDueCalibrations(now);
        } catch (RuntimeException e) {
            // the daily schedule tries again; start-up must not fail for it
            log.warn("R-MS-1/R-MS-3 catch-up at start-up failed, the schedule will retry: {}", e.toString());
        }
    }
}
