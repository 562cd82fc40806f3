package io.concierge.admin.loyalty;

import io.concierge.core.loyalty.LoyaltyChangeReason;
import io.concierge.core.loyalty.LoyaltyFacts;
import io.concierge.core.loyalty.LoyaltyOptionsImpl;
import io.concierge.core.loyalty.LoyaltyPoints;
import io.concierge.core.loyalty.LoyaltySimulator;
import io.concierge.core.loyalty.LoyaltyStandings;
import io.concierge.core.loyalty.LoyaltyTierImpl;
import io.concierge.core.loyalty.LoyaltyTierRules;
import io.concierge.core.loyalty.LoyaltyWindow;
import io.concierge.core.testing.MessageBundles;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyAdminMessagesTest {

    @Test
    void everyRuleFieldTheSimulatorsErrorsAndTheCustomerViewLineHaveTheirMessageInEnglishPortugueseAndSpanish() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("messages/LoyaltyAdminMessages");
        Properties english = english();
        for (Field field : LoyaltyTierRules.class.getFields()) {
            Object value = field.get(null);
            if (Modifier.isStatic(field.getModifiers()) && value instanceof String
                    && ((String) value).startsWith("LoyaltyTier_")) {
                assertThat(english.getProperty((String) value)).as(field.getName()).isNotBlank();
            }
        }
        assertThat(english.getProperty(LoyaltyFacts.TIER)).isNotBlank();
        for (String key : new String[] {LoyaltySimulator.NOT_A_NUMBER, LoyaltySimulator.UNKNOWN_WINDOW}) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        }
        for (String key : new String[] {LoyaltyStandings.NOTE_NEEDED, LoyaltyStandings.NO_SUCH_TIER,
                LoyaltyStandings.DATE_PAST}) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        }
        for (String key : new String[] {LoyaltyPoints.POINTS_NEEDED, LoyaltyPoints.NOT_COUNTING_POINTS,
                LoyaltyOptionsPropertyValidator.POINTS_ADJUSTED, "LoyaltyOptionsImpl_pointsPerUnit_range"}) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        }
        for (LoyaltyChangeReason reason : LoyaltyChangeReason.values()) {
            assertThat(english.getProperty("LoyaltyAssignment_reason_" + reason.name())).isNotBlank();
        }
        for (LoyaltyWindow window : LoyaltyWindow.all()) {
            assertThat(english.getProperty("LoyaltySimulator_window_" + window.getType())).isNotBlank();
        }
        for (Class<?> entity : new Class<?>[] {LoyaltyTierImpl.class, LoyaltyOptionsImpl.class}) {
            assertThat(english.getProperty(entity.getSimpleName() + "_friendly")).isNotBlank();
            for (Field field : entity.getDeclaredFields()) {
                AdminPresentation presentation = field.getAnnotation(AdminPresentation.class);
                for (String key : presentation == null ? new String[0]
                        : new String[] {presentation.friendlyName(), presentation.helpText()}) {
                    if (!key.isEmpty()) {
                        assertThat(english.getProperty(key)).as(key).isNotBlank();
                    }
                }
            }
        }
    }

    private Properties english() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/LoyaltyAdminMessages.properties")) {
            english.load(in);
        }
        return english;
    }
}
