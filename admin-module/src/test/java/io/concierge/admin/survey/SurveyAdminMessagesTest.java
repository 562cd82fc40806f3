package io.concierge.admin.survey;

import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;

class SurveyAdminMessagesTest {

    @Test
    void everySurveyAdminMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/SurveyAdminMessages");
    }
}
