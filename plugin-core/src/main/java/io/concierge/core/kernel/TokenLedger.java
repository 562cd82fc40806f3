package io.concierge.core.kernel;

import java.util.Date;

/**
 * Where {@link SingleUseTokens} keep the tokens they issued, so that each can be redeemed once, on any node. Both
 * calls join the caller's transaction: a token is spent only if the action it pays for commits.
 */
public interface TokenLedger {

    void recordIssued(String tokenKey, String purpose, Date expiresAt);

    /** @return true for the one call that spends an issued, unspent token; false for every other */
    boolean spend(String tokenKey, Date now);

    /** Forgets the tokens expired at {@code now} (they could not be redeemed anyway); returns how many. */
    int deleteExpired(Date now);
}
