package io.concierge.admin.helpcenter.faq;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class HelpCenterFaqAdminMessagesTest {

    @Test
    void theFaqAdminBundleHasTheSameKeysInEveryLanguage() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterFaqAdminMessages");
    }
}
