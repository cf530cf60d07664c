package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DeadlinePropertiesTest {

    @Test
    void defaultsAreTheRules() {
        DeadlineProperties d = DeadlineProperties.defaults();
        assertThat(d.getContact()).isEqualTo("PT10M");          // R-WO-1
        assertThat(d.getNotifyOpsManager()).isEqualTo("PT5M");  // R-WO-2
        assertThat(d.getFines()).isEqualTo("PT5M");             // R-WO-3
        assertThat(d.getOnSite()).isEqualTo("PT1H");            // R-WO-4
        assertThat(d.getInstallation()).isEqualTo("P2D");       // R-WO-5
        assertThat(d.getFineRmb()).isEqualTo(200);              // R-WO-3
        assertThat(d.getConductFineRmb()).isEqualTo(50);        // R-WO-12
        assertThat(d.getLatePoints()).isEqualTo(0.5);           // R-WO-4/5/6/8/9
        assertThat(d.getComplaintPoints()).isEqualTo(1);        // R-WO-10
    }

    @Test
    void twoDaysAreFortyEightClockHours_R_WO_5() {
        DeadlineProperties d = DeadlineProperties.defaults();
        Instant friday = Instant.parse("2026-11-27T09:00:00Z");
        assertThat(d.dueAfter(Date.from(friday), d.installation()).toInstant()).isEqualTo(friday.plus(Duration.ofHours(48)));
        assertThat(d.text(Date.from(friday))).isEqualTo("2026-11-27 17:00");
    }

    @Test
    void aDeadlineIsRoundedUpToTheWholeSecondSoItNeverFallsEarlyOnADatabaseWithoutMilliseconds_R_WO_1() {
        DeadlineProperties d = DeadlineProperties.defaults();
        Instant dispatch = Instant.parse("2026-11-25T01:00:00.700Z");
        assertThat(d.dueAfter(Date.from(dispatch), d.contact()).toInstant()).isEqualTo(Instant.parse("2026-11-25T01:10:01Z"));
        Instant whole = Instant.parse("2026-11-25T01:00:00Z");
        assertThat(d.dueAfter(Date.from(whole), d.contact()).toInstant()).isEqualTo(Instant.parse("2026-11-25T01:10:00Z"));
    }

    @Test
    void theLatestFineMomentIsContactPlusNotifyPlusFines_R_WO_3() {
        DeadlineProperties d = DeadlineProperties.defaults();
        Date contactDue = Date.from(Instant.parse("2026-11-25T01:10:00Z"));
        assertThat(d.finesLatest(contactDue).toInstant()).isEqualTo(Instant.parse("2026-11-25T01:20:00Z"));
    }

    @Test
    void figuresAreWrittenAsStaffReadThem() {
        assertThat(DeadlineProperties.label("PT10M")).isEqualTo("10 分鐘");
        assertThat(DeadlineProperties.label("PT1H")).isEqualTo("1 小時");
        assertThat(DeadlineProperties.label("P2D")).isEqualTo("2 天");
        assertThat(DeadlineProperties.label("PT1H30M")).isEqualTo("1 小時 30 分鐘");
        assertThat(DeadlineProperties.number(200.0)).isEqualTo("200");
        assertThat(DeadlineProperties.number(0.5)).isEqualTo("0.5");
    }

    @Test
    void theAppearanceRuleCoversInstallationVisitsByDefault_R_WO_9() {
        DeadlineProperties d = DeadlineProperties.defaults();
        assertThat(d.appearanceApplies("INSTALLATION")).isTrue();
        assertThat(d.appearanceApplies("REPAIR")).isFalse();
        assertThat(d.appearanceApplies("RENEWAL")).isFalse();
    }

    @Test
    void aBadDurationIsRefusedAtStart() {
        assertThatThrownBy(() -> new DeadlineProperties("10 minutes", null, null, null, null, null, null, null, null, null, null,
                null, null, 200, 50, 0.5, 1, null, null, null)).hasMessageContaining("opsflow.deadlines.contact");
        assertThatThrownBy(() -> new DeadlineProperties("-PT10M", null, null, null, null, null, null, null, null, null, null,
                null, null, 200, 50, 0.5, 1, null, null, null)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new DeadlineProperties(null, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, 50, 0.5, 1, null, null, null)).hasMessageContaining("positive");
    }
}
