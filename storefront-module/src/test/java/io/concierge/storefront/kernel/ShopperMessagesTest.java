package io.concierge.storefront.kernel;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;

class ShopperMessagesTest {

    @Test
    void everyShopperMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/ConciergeMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/KnowledgeBaseMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterMessages");
    }
}
