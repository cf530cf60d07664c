package com.opsflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.platform.BadRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period of a KPI report: parsing, the 400s for bad ranges, default bucket, previous period. */
class KpiQueryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void fromAfterToIsRefusedWithAMessageNamingFrom() {
        assertThatThrownBy(() -> KpiQuery.parse("2026-04-01", "2026-03-01", null, null, null, null, null, TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("2026-04-01")
                .satisfies(e -> assertThat(((BadRequestException) e).fieldErrors()).containsKey("from"));
    }

    @Test
    void unparsableDatesBucketsAndTypesAreRefused() {
        assertThatThrownBy(() -> KpiQuery.parse("2026-02-30", null, null, null, null, null, null, TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> KpiQuery.parse(null, "25/11/2026", null, null, null, null, null, TODAY))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> KpiQuery.parse(null, null, "hour", null, null, null, null, TODAY))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> KpiQuery.parse(null, null, null, null, null, "SALE", null, TODAY))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> KpiQuery.parse("2020-01-01", "2026-01-01", null, null, null, null, null, TODAY))
                .as("more than three years").isInstanceOf(BadRequestException.class);
    }

    @Test
    void missingDatesMeanTheLastThirtyDaysByDay() {
        KpiQuery q = KpiQuery.parse(null, "", null, " ", null, "repair", null, TODAY);

        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(q.to()).isEqualTo(TODAY);
        assertThat(q.bucket()).isEqualTo(Bucket.DAY);
        assertThat(q.station()).isNull();
        assertThat(q.type()).isEqualTo("REPAIR");
    }

    @Test
    void longerPeriodsAreBucketedByWeekThenMonth() {
        assertThat(KpiQuery.parse("2026-09-01", "2026-11-25", null, null, null, null, null, TODAY).bucket())
                .isEqualTo(Bucket.WEEK);
        assertThat(KpiQuery.parse("2026-01-01", "2026-11-25", null, null, null, null, null, TODAY).bucket())
                .isEqualTo(Bucket.MONTH);
        assertThat(KpiQuery.parse("2026-01-01", "2026-11-25", "day", null, null, null, null, TODAY).bucket())
                .isEqualTo(Bucket.DAY);
    }

    @Test
    void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
        KpiQuery march = KpiQuery.parse("2026-03-01", "2026-03-31", null, "east", null, null, null, TODAY);

        KpiQuery previous = march.previous();

        assertThat(previous.from()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(previous.to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(previous.station()).isEqualTo("east");
    }
}
