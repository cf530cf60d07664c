package com.opsflow.attendance.internal;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for attendance: the process engine's clock, so signs, the evaluation of open periods and
 * the engine's timers (the monthly summary) agree, and tests move all of them with
 * {@code ClockUtil.setCurrentTime}. Without a test setting it, it is the system clock.
 */
@Component
public class AttendanceClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
