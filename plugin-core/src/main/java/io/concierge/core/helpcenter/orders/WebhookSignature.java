package io.concierge.core.helpcenter.orders;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a request to the order events webhook: {@code sha256=<hex>}, the HMAC-SHA256 of the raw body
 * under the store's shared secret. Without a secret (or with one too short to be a key) every request is refused.
 */
public final class WebhookSignature {

    /** Shorter secrets are too easy to guess for an HMAC key. */
    public static final int MIN_SECRET_LENGTH = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final int SIGNATURE_BYTES = 32;

    private final SecretKeySpec key;

    public WebhookSignature(String secret) {
        this.key = secret == null || secret.trim().length() < MIN_SECRET_LENGTH ? null
                : new SecretKeySpec(secret.trim().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public boolean isConfigured() {
        return key != null;
    }

    /** Whether {@code header} is this store's signature of {@code body}; compared in constant time. */
    public boolean verify(byte[] body, String header) {
        if (key == null || header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] claimed = fromHex(header.substring(PREFIX.length()).trim());
        return claimed != null && MessageDigest.isEqual(mac(body), claimed);
    }

    /** The header value a sender puts on {@code body}. */
    public String sign(byte[] body) {
        if (key == null) {
            throw new IllegalStateException("no webhook secret configured");
        }
        StringBuilder hex = new StringBuilder(PREFIX);
        for (byte b : mac(body)) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** @return the bytes of a 64-digit hex string (either case), or null for anything else */
    private static byte[] fromHex(String hex) {
        if (hex.length() != SIGNATURE_BYTES * 2) {
            return null;
        }
        byte[] bytes = new byte[SIGNATURE_BYTES];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) ((high << 4) | low);
        }
        return bytes;
    }
}
