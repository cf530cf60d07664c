package com.opsflow.approval.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration of the approval processes ({@code opsflow.approvals.*}), read by the models
 * as {@code ${approvals.reminder}} … A duration written {@code working:PT4H} counts working time of
 * the working calendar (R-AT-2); a plain {@code PT4H} counts clock time.
 *
 * @param reminder               an undecided approver is reminded after this (common rule of every approval)
 * @param escalation             still undecided this long after the task was created: the request
 *                               escalates to the approver's superior (so the second period is
 *                               {@code escalation − reminder})
 * @param tripReportReminder     the trip report (R-TR-1) not done this long after the return: reminder
 * @param emergencyFilingWorkingDays emergency leave (R-LV-2) must be filed within this many working
 *                               days after the last day of leave, else it counts as absence (曠工)
 * @param fileOperatorGroup      the group that works the designated computer (burns discs, scans
 *                               inbound files; R-SE-2, R-SE-3)
 * @param groupLeaderMaxLeaveDays R-LV-1: leave of up to this many working days is approved by the
 *                               project group leader, longer leave by the bureau head
 */
@ConfigurationProperties("opsflow.approvals")
public record ApprovalProperties(
        @DefaultValue("working:PT4H") String reminder,
        @DefaultValue("working:PT8H") String escalation,
        @DefaultValue("working:PT7H") String tripReportReminder,
        @DefaultValue("3") int emergencyFilingWorkingDays,
        @DefaultValue("tech-support") String fileOperatorGroup,
        @DefaultValue("1") BigDecimal groupLeaderMaxLeaveDays) {

    /** The name BPMN expressions use. */
    public static final String BEAN = "approvals";

    // Bean-style getters: BPMN says ${approvals.reminder}, and EL resolves properties by getter.

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

    public BigDecimal getGroupLeaderMaxLeaveDays() {
        return groupLeaderMaxLeaveDays;
    }
}
