package io.concierge.core.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;

/**
 * {@link SignedTokens} that can be redeemed once (a link that confirms an order change, a survey answer): each issued
 * token is recorded in the {@link TokenLedger} and redeeming it marks it spent, by a conditional update, so of two
 * nodes redeeming one token at once exactly one succeeds. The ledger keeps a digest of the token, never the token.
 */
public final class SingleUseTokens {

    private final SignedTokens signed;
    private final String purpose;
    private final TokenLedger ledger;

    public SingleUseTokens(String secret, String purpose, long lifetimeSeconds, TokenLedger ledger) {
        this.signed = new SignedTokens(secret, purpose, lifetimeSeconds);
        this.purpose = purpose;
        this.ledger = ledger;
    }

    /** A token for {@code subject}, recorded in the caller's transaction. */
    public String issue(String subject, Date now) {
        String token = signed.issue(subject, now);
        ledger.recordIssued(key(token), purpose, new Date(now.getTime() + (signed.lifetimeSeconds()
                + SignedTokens.CLOCK_SKEW_SECONDS) * 1000));
        return token;
    }

    /** Whether the token is this signer's for {@code subject}, within its lifetime, and not redeemed before. */
    public boolean redeem(String subject, String token, Date now) {
        return signed.verify(subject, token, now) && ledger.spend(key(token), now);
    }

    /** The ledger's key: a digest of purpose and token (64 hex digits). */
    String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((purpose + '\n' + token).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
