package com.opsflow.attendance.internal;

import com.opsflow.attendance.AttendanceAbsences;
import com.opsflow.attendance.AttendanceExcuses;
import com.opsflow.attendance.ExcusedPeriod;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Time away reported by the approval processes, one row per reference and kind. */
@Service
class AttendancePeriods implements AttendanceExcuses, AttendanceAbsences {

    private static final Logger log = LoggerFactory.getLogger(AttendancePeriods.class);

    private final AttendanceRepository repository;
    private final AttendanceClock clock;

    AttendancePeriods(AttendanceRepository repository, AttendanceClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void record(ExcusedPeriod period) {
        store(new AwayPeriod(period.staff(), AwayKind.valueOf(period.kind().name()), period.from(), period.to(),
                period.reference()));
    }

    @Override
    public void recordUnfiledEmergencyLeave(String staff, Instant from, Instant to, String reference) {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(reference, "reference");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("absence ends after it starts: " + from + " … " + to);
        }
        store(new AwayPeriod(staff, AwayKind.UNFILED_EMERGENCY_LEAVE, from, to, reference));
    }

    private void store(AwayPeriod away) {
        if (repository.insertAwayIfAbsent(away, clock.now())) {
            log.info("Attendance: {} of {} from {} to {} ({})", away.kind(), away.staff(), away.from(), away.to(),
                    away.reference());
        }
    }
}
