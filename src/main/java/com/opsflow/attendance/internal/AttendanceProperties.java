package com.opsflow.attendance.internal;

import com.opsflow.identity.Groups;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opsflow.attendance.*}.
 *
 * @param exemptStaff            user ids exempt from signing (duty-room staff, special cases: R-AT-2)
 * @param attendedGroups         the groups whose members sign in (service staff; the bureau's own
 *                               people and system accounts do not)
 * @param maxLateEarlyForCriticism R-AT-3: up to this many late/early a month → criticism at the
 *                               regular meeting, more → reported to the staff member's company
 * @param summaryResponsibleGroup R-AT-4: the group whose members acknowledge the monthly summary
 * @param summarySchedule        R-AT-4: when the process {@code attendance-summary} looks whether the
 *                               monthly summary is due (a Quartz-style cron in server time, read by
 *                               the model as {@code ${attendance.summarySchedule}}); default 09:00
 *                               on days 1–10 of every month, the first working day among them wins
 */
@ConfigurationProperties("opsflow.attendance")
public record AttendanceProperties(Set<String> exemptStaff, List<String> attendedGroups, Integer maxLateEarlyForCriticism,
        String summaryResponsibleGroup, String summarySchedule) {

    /** The name the models use ({@code ${attendance.summarySchedule}}). */
    public static final String BEAN = "attendance";

    public AttendanceProperties {
        exemptStaff = exemptStaff == null ? Set.of() : Set.copyOf(exemptStaff);
        attendedGroups = attendedGroups == null || attendedGroups.isEmpty()
                ? List.of(Groups.ENGINEER, Groups.GROUP_LEADER, Groups.STATION_MANAGER, Groups.STATION_HEAD,
                        Groups.OPS_MANAGER, Groups.CUSTOMER_SERVICE, Groups.TECH_SUPPORT, Groups.PROCESS_OWNER)
                : List.copyOf(attendedGroups);
        maxLateEarlyForCriticism = maxLateEarlyForCriticism == null ? 3 : maxLateEarlyForCriticism;
        summaryResponsibleGroup = summaryResponsibleGroup == null || summaryResponsibleGroup.isBlank()
                ? Groups.GROUP_LEADER : summaryResponsibleGroup;
        summarySchedule = summarySchedule == null || summarySchedule.isBlank() ? "0 0 9 1-10 * ?" : summarySchedule;
    }

    /** Bean-style getter: the model says {@code ${attendance.summarySchedule}}, and EL resolves properties by getter. */
    public String getSummarySchedule() {
        return summarySchedule;
    }

    public boolean isExempt(String staff) {
        return exemptStaff.contains(staff);
    }
}
