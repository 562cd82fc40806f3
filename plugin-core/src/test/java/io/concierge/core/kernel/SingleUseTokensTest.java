package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SingleUseTokensTest {

    private static final String SECRET = "a-test-secret-of-some-length";

    /** The ledger's contract in memory: spent once, never after expiry. */
    static final class MemoryLedger implements TokenLedger {
        final Map<String, Date> expiry = new HashMap<String, Date>();
        final Map<String, Boolean> spent = new HashMap<String, Boolean>();

        @Override
        public void recordIssued(String tokenKey, String purpose, Date expiresAt) {
            expiry.put(tokenKey, expiresAt);
            spent.put(tokenKey, false);
        }

        @Override
        public boolean spend(String tokenKey, Date now) {
            if (!expiry.containsKey(tokenKey) || spent.get(tokenKey) || !expiry.get(tokenKey).after(now)) {
                return false;
            }
            spent.put(tokenKey, true);
            return true;
        }

        @Override
        public int deleteExpired(Date now) {
            return 0;
        }
    }

    private final MemoryLedger ledger = new MemoryLedger();
    private final SingleUseTokens tokens = new SingleUseTokens(SECRET, "order-change", 3600, ledger);
    private final Date now = new Date(1_800_000_000_000L);

    @Test
    void aTokenIsRedeemedOnceOnly() {
        String token = tokens.issue("order-42", now);

        assertThat(tokens.redeem("order-42", token, now)).isTrue();
        assertThat(tokens.redeem("order-42", token, now)).isFalse();
    }

    @Test
    void aTokenForAnotherSubjectOrPurposeOrPastItsLifetimeIsRefusedAndStaysUnspent() {
        String token = tokens.issue("order-42", now);
        SingleUseTokens otherPurpose = new SingleUseTokens(SECRET, "survey", 3600, ledger);

        assertThat(tokens.redeem("order-43", token, now)).isFalse();
        assertThat(otherPurpose.redeem("order-42", token, now)).isFalse();
        assertThat(tokens.redeem("order-42", token, new Date(now.getTime() + 3_700_000L))).isFalse();
        assertThat(tokens.redeem("order-42", token, now)).as("still unspent").isTrue();
    }

    @Test
    void theLedgerKeepsADigestNotTheToken() {
        String token = tokens.issue("order-42", now);

        assertThat(ledger.expiry).containsOnlyKeys(tokens.key(token));
        assertThat(tokens.key(token)).hasSize(64).doesNotContain(token);
    }

    @Test
    void aValidlySignedTokenThatWasNeverIssuedThroughTheLedgerIsRefused() {
        String signedOnly = new SignedTokens(SECRET, "order-change", 3600).issue("order-42", now);

        assertThat(tokens.redeem("order-42", signedOnly, now)).isFalse();
    }
}
