package com.opsflow.attendance.internal;

import com.opsflow.attendance.AttendanceMonth;
import com.opsflow.attendance.AttendanceSummaries;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** The monthly summary ({@link MonthlySummarySource}) as the module's public, read-only API. */
@Component
class PublishedAttendanceSummaries implements AttendanceSummaries {

    private final MonthlySummarySource source;

    PublishedAttendanceSummaries(MonthlySummarySource source) {
        this.source = source;
    }

    @Override
    public List<AttendanceMonth> summaryOfAll(YearMonth month) {
        return source.summaryOfAll(month).stream()
                .map(s -> new AttendanceMonth(s.staff(), s.name(), s.month(), s.exempt(), s.daysWorked(), s.lateCount(),
                        s.earlyCount(), s.missingSignCount(), s.absenceDays(), s.consequenceLabel()))
                .toList();
    }
}
