package io.concierge.core.survey;

import io.concierge.core.kernel.StorefrontUrl;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyLinksTest {

    private final Date now = new Date(1_780_000_000_000L);
    private final SurveyLinks links = new SurveyLinks("a survey secret of some length", new StorefrontUrl("https://shop.example"));

    @Test
    void aScoresLinkNamesItsInvitationAndScoreAndNothingElse() {
        SurveyLinks.Clicked clicked = links.answerOf(links.answerToken(42, 7, now), now);

        assertThat(clicked.invitationId()).isEqualTo(42);
        assertThat(clicked.score()).isEqualTo(7);
        assertThat(links.answerLink(42, 7, null, now)).startsWith("https://shop.example/survey/42-7.");
        assertThat(links.answerLink(42, 7, "pt_BR", now)).endsWith("?blLocaleCode=pt_BR");
        assertThat(links.answerLink(42, 7, "x\"><script>", now)).doesNotContain("?");
    }

    @Test
    void aTokenChangedToAnotherScoreOrInvitationOrSignedWithAnotherSecretOpensNothing() {
        String token = links.answerToken(42, 7, now);

        assertThat(links.answerOf(token.replace("42-7.", "42-10."), now)).isNull();
        assertThat(links.answerOf(token.replace("42-7.", "43-7."), now)).isNull();
        assertThat(links.answerOf(new SurveyLinks("another secret of some length", new StorefrontUrl("https://shop.example"))
                .answerToken(42, 7, now), now)).isNull();
        assertThat(links.answerOf("42-7", now)).isNull();
        assertThat(links.answerOf(null, now)).isNull();
    }

    @Test
    void aScoresLinkExpiresAfterItsLifetime() {
        String token = links.answerToken(42, 7, now);

        assertThat(links.answerOf(token, new Date(now.getTime() + TimeUnit.DAYS.toMillis(SurveyLinks.LIFETIME_DAYS) - 1000)))
                .isNotNull();
        assertThat(links.answerOf(token, new Date(now.getTime() + TimeUnit.DAYS.toMillis(SurveyLinks.LIFETIME_DAYS + 1))))
                .isNull();
    }

    @Test
    void anUnsubscribeLinkNamesItsCustomerAndIsNoAnswerLink() {
        String link = links.unsubscribeLink(1001, null, now);
        String token = link.substring(link.indexOf(SurveyLinks.UNSUBSCRIBE_PATH) + SurveyLinks.UNSUBSCRIBE_PATH.length());

        assertThat(links.unsubscriberOf(token, now)).isEqualTo(1001L);
        assertThat(links.unsubscriberOf(token.replaceFirst("^1001", "1002"), now)).isNull();
        assertThat(links.unsubscriberOf(links.answerToken(1001, 0, now), now)).as("an answer's token").isNull();
    }

    @Test
    void noSecretNoSurveys() {
        assertThatThrownBy(() -> new SurveyLinks("", new StorefrontUrl("https://shop.example")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
