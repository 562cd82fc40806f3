package io.concierge.core.helpcenter.orders;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCareMessagesTest {

    @Test
    void everyRefusalHasAMessageInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/OrderCareMessages");
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/OrderCareMessages.properties")) {
            english.load(in);
        }
        for (Refusal refusal : Refusal.values()) {
            assertThat(english.getProperty(refusal.messageKey())).as(refusal.name()).isNotBlank();
        }
    }
}
