package io.concierge.core.kernel.mail;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class ConciergeMailMessagesTest {

    @Test
    void theKernelsMailMessagesSayTheSameInEveryLanguage() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("messages/ConciergeMailMessages");
    }
}
