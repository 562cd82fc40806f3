package io.concierge.core.kernel.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Message-IDs derived from the idempotency key alone, so a mail sent twice (a node that lost its lease, a retry after
 * an unanswered DATA) carries the same Message-ID and the recipient's mail system can drop the copy.
 */
public final class MessageIds {

    /** Host names as RFC 5322 allows them on the right of a Message-ID (dot-atom of letters, digits, hyphens). */
    private static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private MessageIds() {
    }

    /** {@code <cnc.{hex SHA-256 of the key}@{domain}>}: the key's text never leaves the store. */
    public static String forKey(String idempotencyKey, String domain) {
        return "<cnc." + sha256Hex(idempotencyKey) + "@" + checkedDomain(domain) + ">";
    }

    /** The domain in lower case, or a clear refusal of anything a Message-ID cannot carry. */
    public static String checkedDomain(String domain) {
        String lower = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        if (lower.length() > 253 || !DOMAIN.matcher(lower).matches()) {
            throw new IllegalArgumentException("Not a domain for Message-IDs: \"" + domain
                    + "\" (expected a host name such as shop.example.com)");
        }
        return lower;
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
