package com.opsflow.reporting;

import java.time.Instant;

/** One work order as the KPIs see it (drill-down and export); minutes from dispatch, null when not reached. */
public record OrderRow(String orderNo, String processInstanceId, String type, String station, String channel,
        String engineer, Instant received, Instant closed, Long contactMinutes, Long onSiteMinutes, Long closedMinutes,
        Integer satisfaction, boolean complaint, boolean verifiedComplaint, int escalationLevel) {
}
