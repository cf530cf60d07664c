package com.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** {@code YYYY-MM} as every request spells a month. */
class MonthsTest {

    @Test
    void aMonthIsYearDashMonth() {
        assertThat(Months.parse("2031-03")).isEqualTo(YearMonth.of(2031, 3));
        assertThat(Months.parse("2031-12")).isEqualTo(YearMonth.of(2031, 12));
    }

    @Test
    void anythingElseIsABadRequestNamingTheValue() {
        for (String bad : new String[] {"2026-13", "2026-00", "2026-3", "202603", "März", "", "2026-03-01"}) {
            assertThatThrownBy(() -> Months.parse(bad)).as(bad)
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("YYYY-MM").hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> Months.parse(null)).isInstanceOf(BadRequestException.class);
    }
}
