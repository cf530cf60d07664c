package com.opsflow.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.monitoring.SiteInput;
import com.opsflow.monitoring.Sites;
import com.opsflow.monitoring.internal.DueWork;
import com.opsflow.platform.WebSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's section 環境監測站點 (R-MS-1, K-4) on the page chain: an overdue inspection is
 * visible to the managers of its station, not to another station's, and the page loads the section's script.
 */
@OpsFlowSpringBootTest
class MonitoringTileTest {

    @LocalServerPort
    int port;
    @Autowired
    Sites sites;
    @Autowired
    DueWork dueWork;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOverdueInspectionIsOnTheDashboardOfItsStation_R_MS_1() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        // 2021-W05: Monday 2021-02-01, due Sunday 2021-02-07 23:59
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2021-02-01T07:00").atZone(zone).toInstant()));
        sites.registerIfAbsent(new SiteInput("T-DASH", "儀表板測試站點", "東區測試路 9 號", "east", "eng-east-3", "東區環境保護局",
                null, "dash@east-epb.opsflow.local", null, true, LocalDate.of(2021, 2, 1), List.of()), "ops-mgr");
        dueWork.startDueWorkOf("T-DASH", ClockUtil.getCurrentTime().toInstant());
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2021-02-08T09:00").atZone(zone).toInstant()));

        WebSession east = new WebSession(port);
        east.signIn("head-east", "head-east");
        String figures = east.getJson("/dashboard/monitoring?from=2021-02-01&to=2021-02-28").body();
        assertThat(figures).contains("\"siteCode\":\"T-DASH\"", "\"what\":\"2021-W05 例行巡檢\"", "\"engineer\":\"eng-east-3\"");
        assertThat(east.get("/dashboard").body()).contains("環境監測站點", "/assets/opsflow-dashboard-monitoring.js");
        assertThat(east.get("/assets/opsflow-dashboard-monitoring.js").statusCode()).isEqualTo(200);

        WebSession west = new WebSession(port);
        west.signIn("head-west", "head-west");
        assertThat(west.getJson("/dashboard/monitoring?from=2021-02-01&to=2021-02-28").body()).doesNotContain("T-DASH");
        assertThat(west.getJson("/dashboard/monitoring?station=east").statusCode()).isEqualTo(403);

        WebSession engineer = new WebSession(port);
        engineer.signIn("eng-east-3", "eng-east-3");
        assertThat(engineer.getJson("/dashboard/monitoring").statusCode()).isEqualTo(403);
    }
}
