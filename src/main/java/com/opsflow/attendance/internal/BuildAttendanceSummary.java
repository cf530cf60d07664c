package com.opsflow.attendance.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-AT-3, R-AT-4: builds the month's summary for the acknowledgement task. In: {@code month}. Out:
 * counts, the list of staff with a consequence ({@code summaryText}, kept short: a string variable
 * holds at most 4,000 characters) and the path of the full CSV.
 */
@Component("buildAttendanceSummary")
public class BuildAttendanceSummary implements JavaDelegate {

    static final int MAX_TEXT = 3500;

    private final MonthlySummarySource source;

    public BuildAttendanceSummary(MonthlySummarySource source) {
        this.source = source;
    }

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable("month"));
        List<MonthlySummary> rows = source.summaryOfAll(month);
        int lateEarly = rows.stream().mapToInt(MonthlySummary::lateAndEarly).sum();
        long criticism = rows.stream().filter(r -> r.consequence() == Consequence.CRITICISM_AT_MEETING).count();
        long reported = rows.stream().filter(r -> r.consequence() == Consequence.REPORTED_TO_COMPANY).count();
        BigDecimal absence = rows.stream().map(MonthlySummary::absenceDays).reduce(BigDecimal.ZERO, BigDecimal::add);

        StringBuilder text = new StringBuilder();
        List<MonthlySummary> flagged = rows.stream()
                .filter(r -> r.consequence() != Consequence.NONE || r.absenceDays().signum() > 0)
                .sorted((a, b) -> Integer.compare(b.lateAndEarly(), a.lateAndEarly()))
                .toList();
        for (MonthlySummary r : flagged) {
            String line = r.name() + "（" + r.staff() + "）遲到 " + r.lateCount() + "、早退 " + r.earlyCount()
                    + "、曠工 " + r.absenceDays().toPlainString() + " 天 → " + r.consequenceLabel() + "\n";
            if (text.length() + line.length() > MAX_TEXT) {
                text.append("…（完整名單見 CSV）\n");
                break;
            }
            text.append(line);
        }
        execution.setVariable("staffCount", rows.size());
        execution.setVariable("lateEarlyTotal", lateEarly);
        execution.setVariable("criticismCount", criticism);
        execution.setVariable("reportedCount", reported);
        execution.setVariable("absenceDays", absence.toPlainString());
        execution.setVariable("summaryText", text.isEmpty() ? "本月無遲到、早退或曠工。" : text.toString());
        execution.setVariable("csvPath", "/api/attendance/summary/" + month + ".csv");
    }
}
