package io.concierge.admin.helpcenter;

import io.concierge.core.helpcenter.account.ProfileFacts;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HelpCenterAccountAdminMessagesTest {

    @Test
    void theProfilesFactsHaveTheirLabelsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterAccountAdminMessages");
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/HelpCenterAccountAdminMessages.properties")) {
            english.load(in);
        }
        assertThat(english.getProperty(ProfileFacts.MAIL_PREFERENCES)).isNotBlank();
        assertThat(english.getProperty(ProfileFacts.LAST_CHANGE)).isNotBlank();
    }
}
