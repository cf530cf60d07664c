package com.opsflow.demo;

import com.opsflow.monitoring.SiteInput;
import com.opsflow.monitoring.SiteInput.InstrumentInput;
import com.opsflow.monitoring.Sites;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo monitoring sites (profile {@code demo}): one pollution-source monitoring point per
 * station, inspected by its first engineer, with instruments due for calibration at different
 * times (one within the lead time, so the demo shows a calibration task), inspected since last
 * week (so start-up shows last week's inspection overdue beside this week's). Registered once; the
 * weekly inspections start at start-up (R-MS-1 catch-up), never here.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSites implements ApplicationRunner {

    static final String EAST = "ES-001";
    static final String WEST = "WS-001";

    private static final Logger log = LoggerFactory.getLogger(DemoSites.class);

    private final Sites sites;
    private final ZoneId zone;

    DemoSites(Sites sites, @Value("${opsflow.zone}") ZoneId zone) {
        this.sites = sites;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(zone);
        sites.registerIfAbsent(new SiteInput(EAST, "東區一號污染源在線監測點", "東區工業園環保路 18 號", "east", "eng-east-1",
                "東區環境保護局", "環境監察科 馮科長", "jiancha@east-epb.opsflow.local", "0755-86001100", true,
                today.minusWeeks(1), List.of(
                        new InstrumentInput("COD-01", "化學需氧量（COD）在線分析儀", 30, today.minusDays(25)),
                        new InstrumentInput("NH3-01", "氨氮在線分析儀", 30, today.minusDays(10)),
                        new InstrumentInput("FLOW-01", "污水流量計", 180, today.minusDays(60)))), "admin");
        sites.registerIfAbsent(new SiteInput(WEST, "西區一號煙氣在線監測點", "西區熱電廠北門", "west", "eng-west-1",
                "西區環境保護局", "監測站 蘇主任", "jiance@west-epb.opsflow.local", "0755-86002200", true,
                today.minusWeeks(1), List.of(
                        new InstrumentInput("CEMS-01", "煙氣排放連續監測系統（CEMS）", 90, today.minusDays(40)),
                        new InstrumentInput("PM-01", "顆粒物監測儀", 90, today.minusDays(85)))), "admin");
        log.info("Demo monitoring sites in place: {}, {}", EAST, WEST);
    }
}
