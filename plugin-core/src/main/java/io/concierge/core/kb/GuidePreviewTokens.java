package io.concierge.core.kb;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring permissions to look at one guide whatever its status: the admin hands an editor a storefront link
 * carrying such a token ({@code /guides/{slug}?preview={token}}), the storefront checks it before showing a draft or
 * a scheduled guide. The token is {@code <expiry in epoch seconds>.<HMAC-SHA256 of "slug:expiry">}, URL-safe; it is
 * bound to the slug and needs the shared secret (property {@code concierge.preview.secret}) to be made.
 */
public final class GuidePreviewTokens {

    /** Shorter secrets are too easy to guess for an HMAC key. */
    public static final int MIN_SECRET_LENGTH = 16;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public GuidePreviewTokens(String secret) {
        if (secret == null || secret.trim().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "the guide preview secret must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A token for {@code slug} that {@link #verify} accepts until {@code expiry} (to the second). */
    public String create(String slug, Date expiry) {
        if (slug == null || slug.isEmpty()) {
            throw new IllegalArgumentException("a preview token needs the guide's slug");
        }
        long expirySeconds = expiry.getTime() / 1000;
        return expirySeconds + "." + signature(slug, expirySeconds);
    }

    /** Whether {@code token} was made by {@link #create} for this slug and has not expired at {@code now}. */
    public boolean verify(String slug, String token, Date now) {
        if (slug == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expirySeconds;
        try {
            expirySeconds = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException notANumber) {
            return false;
        }
        byte[] expected = signature(slug, expirySeconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && now.getTime() < expirySeconds * 1000;
    }

    private String signature(String slug, long expirySeconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((slug + ":" + expirySeconds).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
