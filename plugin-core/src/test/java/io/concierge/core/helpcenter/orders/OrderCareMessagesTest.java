package io.concierge.core.helpcenter.orders;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCareMessagesTest {

    @Test
    void everyMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/OrderCareMessages");
    }

    @Test
    void everyRefusalOfAnEventHasAMessage() throws IOException {
        Properties english = english();
        for (Refusal refusal : Refusal.values()) {
            assertThat(english.getProperty(refusal.messageKey())).as(refusal.name()).isNotBlank();
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
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/OrderCareMessages.properties")) {
            english.load(in);
        }
        return english;
    }
}
