package com.opsflow.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.OpsFlowSpringBootTest;
import com.opsflow.monitoring.SiteInput;
import com.opsflow.monitoring.Sites;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-MS-1 after a downtime: start-up starts the missed weeks without waiting for the next daily
 * schedule, and a second start-up (a restart, a second node) starts nothing more. The shared test
 * context has it off (application-test.yaml); this test runs the listener with it on. Year 2023.
 */
@OpsFlowSpringBootTest
class CatchUpOnBootTest {

    @Autowired
    DueWork dueWork;
    @Autowired
    Sites sites;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void startUpStartsTheMissedWeeksOnceEvenWhenStartedTwice_R_MS_1() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2023-05-17T08:00").atZone(zone).toInstant())); // 2023-W20
        sites.registerIfAbsent(new SiteInput("T-BOOT", "重啟測試站點", "西區測試路 3 號", "west", "eng-west-2", "西區環境保護局",
                null, "boot@west-epb.opsflow.local", null, true, LocalDate.of(2023, 5, 8), List.of()), "ops-mgr");
        MonitoringProperties on = new MonitoringProperties(zone, "0 0 6 * * ?", DayOfWeek.SUNDAY, LocalTime.of(23, 59),
                DayOfWeek.FRIDAY, LocalTime.of(9, 0), 4, Period.ofDays(7), true);
        MonitoringProperties off = new MonitoringProperties(zone, "0 0 6 * * ?", DayOfWeek.SUNDAY, LocalTime.of(23, 59),
                DayOfWeek.FRIDAY, LocalTime.of(9, 0), 4, Period.ofDays(7), false);

        new CatchUpOnBoot(dueWork, off).catchUp();
        assertThat(keys()).isEmpty();

        new CatchUpOnBoot(dueWork, on).catchUp();
        new CatchUpOnBoot(dueWork, on).catchUp();
        // the site's first week (W19) was missed while down, W20 is this week: each once
        assertThat(keys()).containsExactly("T-BOOT/2023-W19", "T-BOOT/2023-W20");
    }

    private List<String> keys() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("T-BOOT/%").list().stream()
                .map(p -> p.getBusinessKey()).sorted().toList();
    }
}
