package io.concierge.storefront.helpcenter;

import io.concierge.core.kernel.orders.OrderEventType;
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
    void everyEventTypeHasItsNameOnTheOrderPage() throws IOException {
        Properties english = english();
        for (OrderEventType type : OrderEventType.values()) {
            assertThat(english.getProperty("helpcenter.order.event." + type.key())).as(type.name()).isNotBlank();
        }
    }

    private Properties english() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/HelpCenterMessages.properties")) {
            english.load(in);
        }
        return english;
    }
}
