package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.Refusal;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HelpCenterMessagesTest {

    @Test
    void everyShopperMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterMessages");
    }

    @Test
    void everyRefusalHasAMessage() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/HelpCenterMessages.properties")) {
            english.load(in);
        }
        for (Refusal refusal : Refusal.values()) {
            assertThat(english.getProperty(refusal.messageKey())).as(refusal.name()).isNotBlank();
        }
    }
}
