package io.concierge.core.loyalty;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class LoyaltyTierRulesTest {

    private static LoyaltyTier tier(Long id, int rank, String entry, String keep) {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setId(id);
        tier.setRank(rank);
        tier.setNameEn("Tier " + rank);
        tier.setEntryThreshold(entry == null ? null : new BigDecimal(entry));
        tier.setKeepThreshold(keep == null ? null : new BigDecimal(keep));
        return tier;
    }

    private static final LoyaltyTier TRAIL = tier(1L, 1, "50", "40");
    private static final LoyaltyTier EXPEDITION = tier(3L, 3, "500", "400");

    @Test
    void aTierBetweenItsNeighboursWithKeepAtMostEntryIsFine() {
        assertThat(LoyaltyTierRules.violations(tier(null, 2, "200", "150"), Arrays.asList(TRAIL, EXPEDITION)))
                .isEmpty();
        assertThat(LoyaltyTierRules.violations(tier(null, 2, "200", "200"), Arrays.asList(TRAIL, EXPEDITION)))
                .isEmpty();
    }

    @Test
    void thresholdsOutOfOrderWithTheOtherTiersAreRefused() {
        assertThat(LoyaltyTierRules.violations(tier(null, 2, "40", "30"), Arrays.asList(TRAIL, EXPEDITION)))
                .containsExactly(entry(LoyaltyTierRules.ENTRY, LoyaltyTierRules.ENTRY_OUT_OF_ORDER));
        assertThat(LoyaltyTierRules.violations(tier(null, 2, "500", "300"), Arrays.asList(TRAIL, EXPEDITION)))
                .containsExactly(entry(LoyaltyTierRules.ENTRY, LoyaltyTierRules.ENTRY_OUT_OF_ORDER));
        assertThat(LoyaltyTierRules.violations(tier(null, 4, "450", "300"), Arrays.asList(TRAIL, EXPEDITION)))
                .containsExactly(entry(LoyaltyTierRules.ENTRY, LoyaltyTierRules.ENTRY_OUT_OF_ORDER));
    }

    @Test
    void aKeepThresholdAboveTheEntryAndNegativeValuesAreRefused() {
        assertThat(LoyaltyTierRules.violations(tier(null, 2, "200", "250"), Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.KEEP, LoyaltyTierRules.KEEP_ABOVE_ENTRY));
        assertThat(LoyaltyTierRules.violations(tier(null, 2, "-1", null), Collections.<LoyaltyTier>emptyList()))
                .containsOnly(entry(LoyaltyTierRules.ENTRY, LoyaltyTierRules.NEGATIVE),
                        entry(LoyaltyTierRules.KEEP, LoyaltyTierRules.NEGATIVE));
    }

    @Test
    void aRankIsPositiveAndHeldByOneTierButATierMayKeepItsOwn() {
        assertThat(LoyaltyTierRules.violations(tier(null, 3, "900", "800"), Arrays.asList(TRAIL, EXPEDITION)))
                .containsExactly(entry(LoyaltyTierRules.RANK, LoyaltyTierRules.RANK_TAKEN));
        assertThat(LoyaltyTierRules.violations(tier(3L, 3, "900", "800"), Arrays.asList(TRAIL, EXPEDITION)))
                .isEmpty();
        assertThat(LoyaltyTierRules.violations(tier(null, 0, "10", "5"), Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.RANK, LoyaltyTierRules.RANK_POSITIVE));
    }

    @Test
    void theDiscountAndTheGraceDaysStayWithinTheirRanges() {
        LoyaltyTier tier = tier(null, 2, "200", "150");
        tier.setDiscountPercent(new BigDecimal("95"));
        tier.setGraceDays(-1);
        assertThat(LoyaltyTierRules.violations(tier, Collections.<LoyaltyTier>emptyList()))
                .containsOnly(entry(LoyaltyTierRules.DISCOUNT, LoyaltyTierRules.DISCOUNT_RANGE),
                        entry(LoyaltyTierRules.GRACE, LoyaltyTierRules.GRACE_RANGE));
    }

    @Test
    void aTiersNameFallsBackToEnglish() {
        LoyaltyTier tier = tier(null, 1, "0", "0");
        tier.setNameEn("Summit");
        tier.setNamePtBr("Cume");
        assertThat(tier.nameIn(Locale.forLanguageTag("pt-BR"))).isEqualTo("Cume");
        assertThat(tier.nameIn(Locale.forLanguageTag("es"))).isEqualTo("Summit");
    }

    @Test
    void theWindowsStartWhereTheySay() {
        Date now = Date.from(Instant.parse("2026-12-03T10:15:00Z"));
        assertThat(LoyaltyWindow.LIFETIME.start(now)).isEqualTo(new Date(0));
        assertThat(LoyaltyWindow.ROLLING_12_MONTHS.start(now).toInstant())
                .isEqualTo(Instant.parse("2025-12-03T10:15:00Z"));
        assertThat(LoyaltyWindow.CALENDAR_YEAR.start(now).toInstant())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static LoyaltyTier rewarding(LoyaltyRewardKind kind, String value) {
        LoyaltyTier tier = tier(null, 2, "200", "150");
        tier.setRewardKind(kind);
        tier.setRewardValue(value == null ? null : new BigDecimal(value));
        return tier;
    }

    @Test
    void anEntryRewardNeedsAValueAboveZeroAPercentageUpTo90AndAnAmountInCents() {
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.AMOUNT_OFF, "15.00"),
                Collections.<LoyaltyTier>emptyList())).isEmpty();
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.PERCENT_OFF, "90"),
                Collections.<LoyaltyTier>emptyList())).isEmpty();
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.NONE, null),
                Collections.<LoyaltyTier>emptyList())).isEmpty();
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.AMOUNT_OFF, "-5"),
                Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.REWARD_VALUE, LoyaltyTierRules.NEGATIVE));
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.PERCENT_OFF, "90.5"),
                Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.REWARD_VALUE, LoyaltyTierRules.REWARD_PERCENT_RANGE));
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.AMOUNT_OFF, "0"),
                Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.REWARD_VALUE, LoyaltyTierRules.REWARD_VALUE_NEEDED));
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.AMOUNT_OFF, "10.005"),
                Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.REWARD_VALUE, LoyaltyTierRules.REWARD_AMOUNT_CENTS));
        assertThat(LoyaltyTierRules.violations(rewarding(LoyaltyRewardKind.NONE, "10"),
                Collections.<LoyaltyTier>emptyList()))
                .containsExactly(entry(LoyaltyTierRules.REWARD_KIND, LoyaltyTierRules.REWARD_KIND_NEEDED));
    }

    @Test
    void anEntryRewardIsValidForNoneOrOneTo3650Days() {
        for (int days : new int[] {0, 1, 90, 3650}) {
            LoyaltyTier tier = rewarding(LoyaltyRewardKind.AMOUNT_OFF, "15.00");
            tier.setRewardValidDays(days);
            assertThat(LoyaltyTierRules.violations(tier, Collections.<LoyaltyTier>emptyList())).as(days + " days")
                    .isEmpty();
        }
        for (int days : new int[] {-1, 3651}) {
            LoyaltyTier tier = rewarding(LoyaltyRewardKind.AMOUNT_OFF, "15.00");
            tier.setRewardValidDays(days);
            assertThat(LoyaltyTierRules.violations(tier, Collections.<LoyaltyTier>emptyList())).as(days + " days")
                    .containsExactly(entry(LoyaltyTierRules.REWARD_VALID_DAYS,
                            LoyaltyTierRules.REWARD_VALID_DAYS_RANGE));
        }
        assertThat(new LoyaltyTierImpl().getRewardValidDays()).as("empty: no expiry").isZero();
    }
}
