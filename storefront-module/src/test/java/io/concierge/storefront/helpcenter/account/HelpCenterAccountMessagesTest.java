package io.concierge.storefront.helpcenter.account;

import io.concierge.core.helpcenter.account.ProfileRules;
import io.concierge.core.helpcenter.account.ShopperProfileServiceImpl;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HelpCenterAccountMessagesTest {

    @Test
    void everyProfileMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterAccountMessages");
    }

    @Test
    void everyProblemAndRefusalOfTheProfileHasAMessage() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/HelpCenterAccountMessages.properties")) {
            english.load(in);
        }
        for (String key : new String[]{ProfileRules.REQUIRED, ProfileRules.TOO_LONG, ProfileRules.NOT_AN_EMAIL,
                ProfileRules.EMAIL_TAKEN, ProfileRules.WRONG_PASSWORD, ProfileRules.PASSWORD_LENGTH,
                ProfileRules.PASSWORD_MISMATCH, ProfileRules.UNKNOWN_ADDRESS,
                ShopperProfileServiceImpl.REGISTER_NOT_POSSIBLE, ShopperProfileServiceImpl.REGISTERED_ALREADY,
                ShopperProfileServiceImpl.REGISTER_EMAIL_TAKEN}) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        }
    }
}
