package io.concierge.storefront.loyalty;

import io.concierge.core.loyalty.LoyaltyMetric;
import io.concierge.core.loyalty.LoyaltyTier;
import io.concierge.core.loyalty.LoyaltyTierImpl;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyMessagesTest {

    @Test
    void everyShopperMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/LoyaltyMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/LoyaltyMailMessages");
    }

    @Test
    void everyPerkThePageListsHasItsMessageAndTheDiscountItsPercent() throws IOException {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setDiscountPercent(new BigDecimal("10.00"));
        tier.setFreeShipping(true);
        tier.setPrioritySupport(true);
        tier.setEarlyAccess(true);
        List<Map<String, Object>> perks = LoyaltyAccountController.perks(tier);

        assertThat(perks).extracting(perk -> perk.get("perk"))
                .containsExactly("discount", "freeShipping", "prioritySupport", "earlyAccess");
        assertThat(perks.get(0).get("argument")).isEqualTo("10");
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/LoyaltyMessages.properties")) {
            english.load(in);
        }
        for (Map<String, Object> perk : perks) {
            assertThat(english.getProperty("loyalty.perk." + perk.get("perk"))).isNotBlank();
        }
        assertThat(LoyaltyAccountController.perks(new LoyaltyTierImpl())).isEmpty();
    }

    @Test
    void theProgressLineNamesTheMetricsUnitPointsIncluded() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/LoyaltyMessages.properties")) {
            english.load(in);
        }
        for (LoyaltyMetric metric : new LoyaltyMetric[] {LoyaltyMetric.NET_SPEND, LoyaltyMetric.ORDER_COUNT,
                LoyaltyMetric.POINTS}) {
            assertThat(english.getProperty("loyalty.account.progress."
                    + LoyaltyAccountController.progressUnit(metric))).as(metric.getType()).isNotBlank();
        }
        assertThat(MessageFormat.format(english.getProperty("loyalty.account.progress."
                + LoyaltyAccountController.progressUnit(LoyaltyMetric.POINTS)), "120", "Gold"))
                .isEqualTo("Earn 120 more points for Gold.");
    }
}
