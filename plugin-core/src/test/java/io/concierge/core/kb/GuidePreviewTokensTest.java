package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidePreviewTokensTest {

    private static final String SECRET = "a-secret-of-sufficient-length";
    private static final Date NOON = new Date(1_700_000_000_000L);
    private static final Date ONE_HOUR_LATER = new Date(NOON.getTime() + 3_600_000L);

    private final GuidePreviewTokens tokens = new GuidePreviewTokens(SECRET);

    @Test
    void acceptsItsOwnTokenForTheSameSlugBeforeItExpires() {
        String token = tokens.create("waterproofing-your-tent", ONE_HOUR_LATER);

        assertThat(tokens.verify("waterproofing-your-tent", token, NOON)).isTrue();
        assertThat(tokens.verify("waterproofing-your-tent", token, new Date(ONE_HOUR_LATER.getTime() - 1000)))
                .isTrue();
    }

    @Test
    void isUrlSafe() {
        assertThat(tokens.create("waterproofing-your-tent", ONE_HOUR_LATER)).matches("[0-9]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void refusesAnExpiredToken() {
        String token = tokens.create("waterproofing-your-tent", ONE_HOUR_LATER);

        assertThat(tokens.verify("waterproofing-your-tent", token, ONE_HOUR_LATER)).isFalse();
        assertThat(tokens.verify("waterproofing-your-tent", token, new Date(ONE_HOUR_LATER.getTime() + 1))).isFalse();
    }

    @Test
    void refusesTheTokenOfAnotherGuide() {
        String token = tokens.create("guide-1", ONE_HOUR_LATER);

        assertThat(tokens.verify("guide-2", token, NOON)).isFalse();
        // The separator keeps "guide-1" + "2…" apart from "guide-12" + "…".
        assertThat(tokens.verify("guide-12", token, NOON)).isFalse();
    }

    @Test
    void refusesATokenWhoseExpiryWasMovedOrWhoseSignatureWasChanged() {
        String token = tokens.create("guide-1", ONE_HOUR_LATER);
        String signature = token.substring(token.indexOf('.') + 1);
        long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));

        assertThat(tokens.verify("guide-1", (expiry + 86_400) + "." + signature, NOON)).isFalse();
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        assertThat(tokens.verify("guide-1", expiry + "." + flipped, NOON)).isFalse();
    }

    @Test
    void refusesATokenMadeWithAnotherSecret() {
        String foreign = new GuidePreviewTokens("another-secret-of-good-length").create("guide-1", ONE_HOUR_LATER);

        assertThat(tokens.verify("guide-1", foreign, NOON)).isFalse();
    }

    @Test
    void refusesMalformedTokens() {
        assertThat(tokens.verify("guide-1", null, NOON)).isFalse();
        assertThat(tokens.verify("guide-1", "", NOON)).isFalse();
        assertThat(tokens.verify("guide-1", "no-dot", NOON)).isFalse();
        assertThat(tokens.verify("guide-1", ".abc", NOON)).isFalse();
        assertThat(tokens.verify("guide-1", "soon.abc", NOON)).isFalse();
        assertThat(tokens.verify(null, tokens.create("guide-1", ONE_HOUR_LATER), NOON)).isFalse();
    }

    @Test
    void needsASecretOfAtLeastSixteenCharactersAndASlug() {
        assertThatThrownBy(() -> new GuidePreviewTokens("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> new GuidePreviewTokens(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("", ONE_HOUR_LATER)).isInstanceOf(IllegalArgumentException.class);
    }
}
