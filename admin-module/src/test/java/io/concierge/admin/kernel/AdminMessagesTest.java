package io.concierge.admin.kernel;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;

class AdminMessagesTest {

    @Test
    void everyAdminMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/ConciergeAdminMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/KnowledgeBaseAdminMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterAdminMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/GuidanceAdminMessages");
    }
}
