package com.opsflow.reporting.internal;

import com.opsflow.reporting.KpiQuery;
import com.opsflow.reporting.KpiReport.AppraisalSection;
import com.opsflow.reporting.KpiReport.AttendanceSection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The appraisal and attendance sections, read through those modules' public APIs. Until their
 * query APIs are merged (the appraisal ledger query, the attendance monthly summary) each section
 * answers with its full structure, zero figures and {@code available = false}, so the JSON shape,
 * the dashboard and the exports stay the same when the real figures arrive.
 */
@Component
class ModuleFigures {

    static final String APPRAISAL_PENDING = "考核台帳查詢介面尚未提供 / appraisal ledger query API not available yet";
    static final String ATTENDANCE_PENDING = "考勤月報介面尚未提供 / attendance summary API not available yet";

    AppraisalSection appraisal(KpiQuery query) {
        return new AppraisalSection(false, APPRAISAL_PENDING, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(),
                List.of());
    }

    AttendanceSection attendance(KpiQuery query) {
        return new AttendanceSection(false, ATTENDANCE_PENDING, 0, 0, 0, List.of());
    }
}
