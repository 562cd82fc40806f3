package io.concierge.core.loyalty;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the early access attribute and the perk offers' customer rules are read as, without Spring. */
class LoyaltyEarlyAccessTest {

    @Test
    void theAttributeNamesADayInIsoFormOrNothing() {
        assertThat(LoyaltyEarlyAccess.lastDay(" 2026-12-24 ")).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(LoyaltyEarlyAccess.lastDay("24/12/2026")).isNull();
        assertThat(LoyaltyEarlyAccess.lastDay("")).isNull();
        assertThat(LoyaltyEarlyAccess.lastDay(null)).isNull();
    }

    @Test
    void aPerkOffersRuleNamesItsTierAndNoOtherRuleDoes() {
        assertThat(LoyaltyCustomerRule.tierOf(LoyaltyCustomerRule.expression(-3L))).isEqualTo(-3L);
        assertThat(LoyaltyCustomerRule.tierOf(LoyaltyCustomerRule.expression(1234L))).isEqualTo(1234L);
        assertThat(LoyaltyCustomerRule.tierOf(LoyaltyEntryRewards.customerRule(1234L))).isNull();
        assertThat(LoyaltyCustomerRule.tierOf(null)).isNull();
    }
}
