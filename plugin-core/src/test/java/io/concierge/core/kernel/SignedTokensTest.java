package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedTokensTest {

    private static final String SECRET = "a-secret-of-sufficient-length";
    private static final Date NOON = new Date(1_700_000_000_000L);
    private static final long HOUR = 3_600_000L;

    private final SignedTokens tokens = new SignedTokens(SECRET, "preview", 3600);

    private static Date plus(long millis) {
        return new Date(NOON.getTime() + millis);
    }

    @Test
    void acceptsItsOwnTokenForTheSameSubjectWithinItsLifetime() {
        String token = tokens.issue("tent-care", NOON);

        assertThat(tokens.verify("tent-care", token, NOON)).isTrue();
        assertThat(tokens.verify("tent-care", token, plus(HOUR - 1000))).isTrue();
    }

    @Test
    void isUrlSafe() {
        assertThat(tokens.issue("tent-care", NOON)).matches("[0-9]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void refusesATokenOlderThanTheLifetime() {
        String token = tokens.issue("tent-care", NOON);

        assertThat(tokens.verify("tent-care", token, plus(HOUR))).isFalse();
        assertThat(tokens.verify("tent-care", token, plus(30 * 24 * HOUR))).isFalse();
    }

    @Test
    void aValidSignatureCannotBuyALongerLife() {
        // Whoever holds the secret could sign an issue time far ahead; the verifier refuses it anyway.
        String fromTheFuture = tokens.issue("tent-care", new Date(4_102_444_800_000L));

        assertThat(tokens.verify("tent-care", fromTheFuture, NOON)).isFalse();
    }

    @Test
    void toleratesAnotherNodesClockRunningAMinuteAhead() {
        assertThat(tokens.verify("tent-care", tokens.issue("tent-care", plus(59_000)), NOON)).isTrue();
        assertThat(tokens.verify("tent-care", tokens.issue("tent-care", plus(61_000)), NOON)).isFalse();
    }

    @Test
    void refusesTheTokenOfAnotherSubjectOrPurpose() {
        String token = tokens.issue("guide-1", NOON);

        assertThat(tokens.verify("guide-2", token, NOON)).isFalse();
        assertThat(tokens.verify("guide-12", token, NOON)).isFalse();
        assertThat(new SignedTokens(SECRET, "survey", 3600).verify("guide-1", token, NOON)).isFalse();
    }

    @Test
    void refusesATokenWhoseTimeWasMovedOrWhoseSignatureWasChanged() {
        String token = tokens.issue("guide-1", NOON);
        String signature = token.substring(token.indexOf('.') + 1);
        long issued = Long.parseLong(token.substring(0, token.indexOf('.')));

        assertThat(tokens.verify("guide-1", (issued + 3000) + "." + signature, plus(3500 * 1000L))).isFalse();
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        assertThat(tokens.verify("guide-1", issued + "." + flipped, NOON)).isFalse();
    }

    @Test
    void refusesATokenMadeWithAnotherSecret() {
        String foreign = new SignedTokens("another-secret-of-good-length", "preview", 3600).issue("guide-1", NOON);

        assertThat(tokens.verify("guide-1", foreign, NOON)).isFalse();
    }

    @Test
    void refusesMalformedTokens() {
        assertThat(tokens.verify("guide-1", null, NOON)).isFalse();
        assertThat(tokens.verify("guide-1", "", NOON)).isFalse();
        assertThat(tokens.verify("guide-1", "no-dot", NOON)).isFalse();
        assertThat(tokens.verify("guide-1", ".abc", NOON)).isFalse();
        assertThat(tokens.verify("guide-1", "soon.abc", NOON)).isFalse();
        assertThat(tokens.verify(null, tokens.issue("guide-1", NOON), NOON)).isFalse();
    }

    @Test
    void needsASecretOfAtLeastSixteenCharactersAPurposeALifetimeAndASubject() {
        assertThatThrownBy(() -> new SignedTokens("short", "preview", 3600))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> new SignedTokens(null, "preview", 3600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTokens(SECRET, "", 3600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTokens(SECRET, "preview", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue("", NOON)).isInstanceOf(IllegalArgumentException.class);
    }
}
