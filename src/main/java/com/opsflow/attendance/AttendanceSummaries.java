package com.opsflow.attendance;

import java.time.YearMonth;
import java.util.List;

/**
 * Read-only: the monthly attendance summary (R-AT-3, R-AT-4) for other modules, e.g. the KPIs of
 * reporting. The same figures as {@code GET /api/attendance/summary/{YYYY-MM}}; a month still
 * running is evaluated up to today.
 */
public interface AttendanceSummaries {

    /** One line per staff member who signs in. */
    List<AttendanceMonth> summaryOfAll(YearMonth month);
}
