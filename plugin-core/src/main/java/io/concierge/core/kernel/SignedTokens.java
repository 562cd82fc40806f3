package io.concierge.core.kernel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens for links that grant something without a sign-in (a guide preview, later a survey answer
 * or a case thread): {@code <issued at, epoch seconds>.<HMAC-SHA256 of purpose, subject and issue time>}, URL-safe.
 * The lifetime belongs to the verifier, not to the token, so nobody can mint a token that lives longer than the
 * documented lifetime even with a valid signature; the purpose keeps a token for one kind of link from opening
 * another. Links that may be followed once use {@link SingleUseTokens}.
 */
public final class SignedTokens {

    /** Shorter secrets are too easy to guess for an HMAC key. */
    public static final int MIN_SECRET_LENGTH = 16;

    /** How far ahead of this node's clock another node's may run: a token issued there is still taken here. */
    static final long CLOCK_SKEW_SECONDS = 60;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String purpose;
    private final long lifetimeSeconds;

    /**
     * @throws IllegalArgumentException when the secret is missing or shorter than {@link #MIN_SECRET_LENGTH}
     */
    public SignedTokens(String secret, String purpose, long lifetimeSeconds) {
        if (secret == null || secret.trim().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "a signing secret must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
        if (purpose == null || purpose.isEmpty() || lifetimeSeconds <= 0) {
            throw new IllegalArgumentException("signed tokens need a purpose and a positive lifetime");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.purpose = purpose;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    /** A token for {@code subject}, issued at {@code now} (to the second). */
    public String issue(String subject, Date now) {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("a signed token needs a subject");
        }
        long issuedSeconds = now.getTime() / 1000;
        return issuedSeconds + "." + signature(subject, issuedSeconds);
    }

    /** Whether {@code token} was issued by this signer for {@code subject} and is within its lifetime at {@code now}. */
    public boolean verify(String subject, String token, Date now) {
        if (subject == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long issuedSeconds;
        try {
            issuedSeconds = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException notANumber) {
            return false;
        }
        byte[] expected = signature(subject, issuedSeconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        long nowSeconds = now.getTime() / 1000;
        return MessageDigest.isEqual(expected, given)
                && issuedSeconds <= nowSeconds + CLOCK_SKEW_SECONDS
                && nowSeconds < issuedSeconds + lifetimeSeconds;
    }

    private String signature(String subject, long issuedSeconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // Newlines cannot occur in a purpose or subject of ours, so "a\nbc" and "ab\nc" never sign alike.
            byte[] digest = mac.doFinal((purpose + "\n" + subject + "\n" + issuedSeconds)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
