package com.opsflow.appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.platform.BadRequestException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void aMonthIsYearDashMonth() {
        assertThat(Requests.month("2031-03")).isEqualTo(YearMonth.of(2031, 3));
        assertThat(Requests.month("2031-12")).isEqualTo(YearMonth.of(2031, 12));
    }

    @Test
    void anythingElseIsABadRequestNamingTheValue() {
        for (String bad : new String[] {"2026-13", "2026-00", "2026-3", "202603", "März", "", "2026-03-01"}) {
            assertThatThrownBy(() -> Requests.month(bad)).as(bad)
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("YYYY-MM").hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> Requests.month(null)).isInstanceOf(BadRequestException.class);
    }
}
