package io.concierge.storefront.survey;

import io.concierge.core.survey.Surveys;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyMessagesTest {

    @Test
    void everySurveyPageMessageExistsInEnglishPortugueseAndSpanish() throws IOException {
        MessageBundles.assertSameKeysInEveryLanguage("messages/SurveyMessages");
        MessageBundles.assertSameKeysInEveryLanguage("messages/SurveyMailMessages");
    }

    @Test
    void theCapabilityHasTheNameAThemeListsItBy() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/SurveyMessages.properties")) {
            english.load(in);
        }
        assertThat(english.getProperty(Surveys.KEY + ".capabilityName")).isEqualTo("Satisfaction surveys");
    }
}
