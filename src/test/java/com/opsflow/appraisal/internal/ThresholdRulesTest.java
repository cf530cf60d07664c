package com.opsflow.appraisal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aMonthAloneDecidesTheMonthlyPointsAndTheConductBreachesAndMeasuresEach_R_AP_2_R_AP_4() {
        var month = new ThresholdRules.Month(new BigDecimal("2.5"), 4);
        assertThat(rules.crossed(month)).containsExactly(Threshold.MONTHLY_POINTS, Threshold.CONDUCT_BREACHES);
        assertThat(rules.measured(Threshold.MONTHLY_POINTS, month)).isEqualByComparingTo("2.5");
        assertThat(rules.measured(Threshold.CONDUCT_BREACHES, month)).isEqualByComparingTo("4");
        assertThatThrownBy(() -> rules.measured(Threshold.WINDOW_POINTS, month)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rules.crossed(new ThresholdRules.Month(new BigDecimal("1.5"), 3))).isEmpty();
        // with a window: all three, in the order of the rules
        assertThat(rules.crossed(totals("2", "3", 4)))
                .containsExactly(Threshold.MONTHLY_POINTS, Threshold.WINDOW_POINTS, Threshold.CONDUCT_BREACHES);
        assertThat(rules.windowCrossed(new BigDecimal("3"))).isTrue();
        assertThat(rules.windowCrossed(new BigDecimal("2.5"))).isFalse();
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
