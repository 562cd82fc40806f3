package io.concierge.core.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleThresholdsTest {

    /** 3 orders together, 0.5 % support, 20 % confidence, lift 1.5. */
    private final RuleThresholds thresholds = new RuleThresholds(3, 50, 20, 150);

    @Test
    void admitsAPairThatMeetsEveryThresholdExactly() {
        // 10 of 50 orders with the product (20 %), 10 of 2000 in all (0.5 %), lift 10 * 2000 / (50 * 266) = 1.503
        assertThat(thresholds.admits(10, 50, 266, 2000)).isTrue();
    }

    @Test
    void refusesTooFewOrdersTogether() {
        assertThat(thresholds.admits(2, 2, 2, 10)).isFalse();
    }

    @Test
    void refusesTooLittleSupport() {
        assertThat(thresholds.admits(10, 50, 266, 2001)).isFalse();
    }

    @Test
    void refusesTooLittleConfidence() {
        assertThat(thresholds.admits(10, 51, 200, 2000)).isFalse();
    }

    /** A best-seller in 70 % of orders sits beside everything; lift below 1.5 keeps it from looking like a match. */
    @Test
    void refusesABestSellerThatIsNoMoreLikelyWithTheProduct() {
        assertThat(thresholds.admits(35, 50, 1400, 2000)).isFalse();
    }

    @Test
    void sqlConditionNamesItsColumnsAndHasOneParameterPerValue() {
        String condition = RuleThresholds.sqlCondition("p.ORDERS", "a.ORDERS", "b.ORDERS");
        assertThat(condition.chars().filter(c -> c == '?').count())
                .isEqualTo(thresholds.sqlParameters(2000).length);
        assertThat(thresholds.sqlParameters(2000)).containsExactly(3L, 100000L, 20L, 200000L, 150L);
    }

    @Test
    void rankingByAddedConfidenceDampsBestSellers() {
        CoPurchaseRule bestSeller = new CoPurchaseRule(1, 2, 40, 50, 1400, 2000);
        CoPurchaseRule niche = new CoPurchaseRule(1, 3, 20, 50, 60, 2000);
        assertThat(bestSeller.getConfidence()).isGreaterThan(niche.getConfidence());
        assertThat(CoPurchaseRules.STRONGEST_FIRST.compare(niche, bestSeller)).isNegative();
    }
}
