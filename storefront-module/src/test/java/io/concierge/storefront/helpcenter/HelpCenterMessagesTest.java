package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.AddressRules;
import io.concierge.core.helpcenter.orders.ChangeRefusal;
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

    @Test
    void everyChangeRefusalAndAddressProblemHasAMessage() throws IOException {
        Properties english = english();
        for (ChangeRefusal.Reason reason : ChangeRefusal.Reason.values()) {
            assertThat(english.getProperty(reason.messageKey())).as(reason.name()).isNotBlank();
        }
        for (String key : new String[]{AddressRules.REQUIRED, AddressRules.TOO_LONG, AddressRules.UNKNOWN_COUNTRY,
                AddressRules.UNKNOWN_STATE}) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
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
