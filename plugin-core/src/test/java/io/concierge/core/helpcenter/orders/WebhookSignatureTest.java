package io.concierge.core.helpcenter.orders;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTest {

    private static final String SECRET = "demo-webhook-secret-0123456789";
    private static final byte[] BODY = "{\"eventId\":\"wh-1\",\"type\":\"shipped\"}".getBytes(StandardCharsets.UTF_8);
    /** printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" */
    private static final String OPENSSL = "sha256=94cdf47a15144dbac177f66ea984aff5eb02ce5dbdc8732c27bc316e6047b05f";

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void signsTheRawBodyAsOpensslDoes() {
        assertThat(signature.sign(BODY)).isEqualTo(OPENSSL);
        assertThat(signature.verify(BODY, OPENSSL)).isTrue();
        assertThat(signature.verify(BODY, OPENSSL.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAndMalformedHeaders() {
        byte[] tampered = "{\"eventId\":\"wh-1\",\"type\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(tampered, OPENSSL)).isFalse();
        assertThat(new WebhookSignature(SECRET + "x").verify(BODY, OPENSSL)).isFalse();
        assertThat(signature.verify(BODY, null)).isFalse();
        assertThat(signature.verify(BODY, "")).isFalse();
        assertThat(signature.verify(BODY, OPENSSL.substring("sha256=".length()))).as("no prefix").isFalse();
        assertThat(signature.verify(BODY, "sha1=" + OPENSSL.substring("sha256=".length()))).isFalse();
        assertThat(signature.verify(BODY, OPENSSL.substring(0, OPENSSL.length() - 2))).as("truncated").isFalse();
        assertThat(signature.verify(BODY, OPENSSL.substring(0, OPENSSL.length() - 1) + "g")).as("not hex").isFalse();
    }

    @Test
    void withoutASecretOfSixteenCharactersEverythingIsRefused() {
        for (String missing : new String[] {null, "", "   ", "fifteen-chars!!"}) {
            WebhookSignature unconfigured = new WebhookSignature(missing);
            assertThat(unconfigured.isConfigured()).as(String.valueOf(missing)).isFalse();
            assertThat(unconfigured.verify(BODY, OPENSSL)).isFalse();
            assertThatThrownBy(() -> unconfigured.sign(BODY)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(signature.isConfigured()).isTrue();
    }
}
