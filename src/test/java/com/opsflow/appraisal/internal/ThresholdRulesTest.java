package com.opsflow.appraisal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.appraisal.Threshold;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** R-AP-1…4 as arithmetic, with the configured defaults of application.yaml. */
class ThresholdRulesTest {

    private final ThresholdRules rules = new ThresholdRules(
            new AppraisalProperties(new BigDecimal("100"), new BigDecimal("2"), new BigDecimal("3"), 3, "R-WO-12", 3, true));

    @Test
    void eachPointCostsOneHundredRmb_R_AP_1() {
        assertThat(rules.pointFines(new BigDecimal("1.5"))).isEqualByComparingTo("150");
        assertThat(rules.pointFines(BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void onePointFiveInAMonthIsFine_R_AP_2() {
        assertThat(rules.crossed(totals("1.5", "1.5", 0))).isEmpty();
    }

    @Test
    void twoPointsInOneMonthCrossTheSeparationThreshold_R_AP_2() {
        assertThat(rules.crossed(totals("2.0", "2.0", 0))).containsExactly(Threshold.MONTHLY_POINTS);
    }

    @Test
    void twoPointFiveInTheWindowIsFineAndThreeCross_R_AP_3() {
        assertThat(rules.crossed(totals("0", "2.5", 0))).isEmpty();
        assertThat(rules.crossed(totals("0", "3.0", 0))).containsExactly(Threshold.WINDOW_POINTS);
    }

    @Test
    void threeConductBreachesDoNotCrossButFourDo_R_AP_4() {
        assertThat(rules.crossed(totals("0", "0", 3))).isEmpty();
        assertThat(rules.crossed(totals("0", "0", 4))).containsExactly(Threshold.CONDUCT_BREACHES);
    }

    @Test
    void thresholdsAndRateComeFromConfiguration_R_AP_1_R_AP_2() {
        var stricter = new ThresholdRules(new AppraisalProperties(new BigDecimal("120"), new BigDecimal("1.5"),
                new BigDecimal("3"), 3, "R-WO-12", 3, true));
        assertThat(stricter.crossed(totals("1.5", "1.5", 0))).containsExactly(Threshold.MONTHLY_POINTS);
        assertThat(stricter.pointFines(new BigDecimal("0.5"))).isEqualByComparingTo("60");
    }

    private static ThresholdRules.Totals totals(String month, String window, int conduct) {
        return new ThresholdRules.Totals(new BigDecimal(month), new BigDecimal(window), conduct);
    }
}
