package io.concierge.core.loyalty;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyProgressTest {

    private static LoyaltyTier tier(long id, int rank, String entry) {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setId(id);
        tier.setRank(rank);
        tier.setNameEn("Tier " + rank);
        tier.setEntryThreshold(new BigDecimal(entry));
        tier.setKeepThreshold(new BigDecimal(entry));
        return tier;
    }

    private static final List<LoyaltyTier> TIERS = Arrays.asList(tier(-1, 1, "100"), tier(-2, 2, "400"),
            tier(-3, 3, "600"));

    private static LoyaltyStandingImpl standing(Long tierId, String value, Date keepUntil) {
        LoyaltyStandingImpl standing = new LoyaltyStandingImpl();
        standing.customerId = 1L;
        standing.tierId = tierId;
        standing.metricValue = new BigDecimal(value);
        standing.keepUntil = keepUntil;
        return standing;
    }

    @Test
    void aCustomerNeverEvaluatedIsOnTheWayToTheFirstTier() {
        LoyaltyProgress progress = LoyaltyProgress.of(LoyaltyMetric.NET_SPEND, TIERS, null);
        assertThat(progress.getTier()).isNull();
        assertThat(progress.getNext().getRank()).isEqualTo(1);
        assertThat(progress.getMissing()).isEqualByComparingTo("100");
    }

    @Test
    void theMissingAmountIsToTheTierAboveTheOneHeld() {
        LoyaltyProgress progress = LoyaltyProgress.of(LoyaltyMetric.NET_SPEND, TIERS, standing(-1L, "347.95", null));
        assertThat(progress.getTier().getRank()).isEqualTo(1);
        assertThat(progress.getNext().getRank()).isEqualTo(2);
        assertThat(progress.getMissing()).isEqualByComparingTo("52.05");
        assertThat(progress.getKeptUntil()).isNull();
    }

    @Test
    void aTierKeptInItsGraceDaysSaysUntilWhenAndTheTopTierHasNoNext() {
        Date until = new Date(1_800_000_000_000L);
        LoyaltyProgress progress = LoyaltyProgress.of(LoyaltyMetric.NET_SPEND, TIERS, standing(-3L, "478.90", until));
        assertThat(progress.getTier().getRank()).isEqualTo(3);
        assertThat(progress.getNext()).isNull();
        assertThat(progress.getMissing()).isNull();
        assertThat(progress.getKeptUntil()).isEqualTo(until);
    }

    @Test
    void aManualTierBelowTheNextEntryNeverShowsANegativeAmount() {
        LoyaltyProgress progress = LoyaltyProgress.of(LoyaltyMetric.NET_SPEND, TIERS, standing(-1L, "450", null));
        assertThat(progress.getMissing()).isEqualByComparingTo("0");
    }
}
