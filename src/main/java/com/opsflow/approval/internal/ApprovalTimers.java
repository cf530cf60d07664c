package com.opsflow.approval.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The durations of the approval processes ({@code opsflow.approvals.*}), read by the BPMN timers
 * as {@code ${approvalTimers.reminder}} … A duration written {@code working:PT4H} counts working
 * time of the working calendar (R-AT-2); a plain {@code PT4H} counts clock time.
 *
 * @param reminder               an undecided approver is reminded after this (common rule of issue 5)
 * @param escalation             still undecided this long after the task was created: the request
 *                               escalates to the approver's superior (so the second period is
 *                               {@code escalation − reminder})
 * @param tripReportReminder     the trip report (R-TR-1) not done this long after the return: reminder
 * @param emergencyFilingWorkingDays emergency leave (R-LV-2) must be filed within this many working
 *                               days after the last day of leave, else it counts as absence (曠工)
 * @param fileOperatorGroup      the group that works the designated computer (burns discs, scans
 *                               inbound files; R-SE-2, R-SE-3)
 */
@ConfigurationProperties("opsflow.approvals")
public record ApprovalTimers(
        @DefaultValue("working:PT4H") String reminder,
        @DefaultValue("working:PT8H") String escalation,
        @DefaultValue("working:PT7H") String tripReportReminder,
        @DefaultValue("3") int emergencyFilingWorkingDays,
        @DefaultValue("tech-support") String fileOperatorGroup) {

    /** The name BPMN expressions use. */
    public static final String BEAN = "approvalTimers";

    // Bean-style getters: BPMN says ${approvalTimers.reminder}, and EL resolves properties by getter.

    public String getReminder() {
        return reminder;
    }

    public String getEscalation() {
        return escalation;
    }

    public String getTripReportReminder() {
        return tripReportReminder;
    }

    public String getFileOperatorGroup() {
        return fileOperatorGroup;
    }
}
