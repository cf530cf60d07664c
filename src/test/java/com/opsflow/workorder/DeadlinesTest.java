package com.opsflow.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void defaultsAreTheRules() {
        Deadlines d = Deadlines.defaults();
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
        Deadlines d = Deadlines.defaults();
        Instant friday = Instant.parse("2026-11-27T09:00:00Z");
        assertThat(d.dueAfter(Date.from(friday), d.installation()).toInstant()).isEqualTo(friday.plus(Duration.ofHours(48)));
        assertThat(d.text(Date.from(friday))).isEqualTo("2026-11-27 17:00");
    }

    @Test
    void aBadDurationIsRefusedAtStart() {
        assertThatThrownBy(() -> new Deadlines("10 minutes", null, null, null, null, null, null, null, null, null, null,
                null, null, null, 200, 50, 0.5, 1, null)).hasMessageContaining("opsflow.deadlines.contact");
        assertThatThrownBy(() -> new Deadlines("-PT10M", null, null, null, null, null, null, null, null, null, null,
                null, null, null, 200, 50, 0.5, 1, null)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Deadlines(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0, 50, 0.5, 1, null)).hasMessageContaining("positive");
    }
}
