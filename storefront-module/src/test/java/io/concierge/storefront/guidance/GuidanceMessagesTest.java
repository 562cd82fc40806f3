package io.concierge.storefront.guidance;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;

class GuidanceMessagesTest {

    @Test
    void everyShopperMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/GuidanceMessages");
    }
}
