package io.concierge.core.kernel;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/** Single-use tokens on the real database: once per token, also when several nodes redeem it at the same moment. */
@ExtendWith(BroadleafContextExtension.class)
class DatabaseTokenLedgerIT {

    private static final String SECRET = "a-test-secret-of-some-length";

    @Resource(name = "cncTokenLedger")
    TokenLedger ledger;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Test
    void aRedeemedTokenIsRefusedTheSecondTime() {
        SingleUseTokens tokens = new SingleUseTokens(SECRET, "it-once", 600, ledger);
        Date now = new Date();
        String token = tokens.issue("subject-1", now);

        assertThat(tokens.redeem("subject-1", token, now)).isTrue();
        assertThat(tokens.redeem("subject-1", token, now)).isFalse();
    }

    @Test
    void aRedemptionWhoseTransactionRollsBackLeavesTheTokenUnspent() {
        SingleUseTokens tokens = new SingleUseTokens(SECRET, "it-rollback", 600, ledger);
        Date now = new Date();
        String token = tokens.issue("subject-2", now);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        Boolean redeemedThenRolledBack = transaction.execute(status -> {
            boolean redeemed = tokens.redeem("subject-2", token, now);
            status.setRollbackOnly();
            return redeemed;
        });

        assertThat(redeemedThenRolledBack).isTrue();
        assertThat(tokens.redeem("subject-2", token, now)).isTrue();
    }

    @Test
    void ofEightNodesRedeemingOneTokenAtOnceExactlyOneSucceeds() throws Exception {
        SingleUseTokens tokens = new SingleUseTokens(SECRET, "it-race", 600, ledger);
        Date now = new Date();
        for (int round = 0; round < 5; round++) {
            String token = tokens.issue("subject-race-" + round, now);
            String subject = "subject-race-" + round;
            int nodes = 8;
            CyclicBarrier together = new CyclicBarrier(nodes);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                List<Future<Boolean>> redemptions = new ArrayList<Future<Boolean>>();
                for (int node = 0; node < nodes; node++) {
                    redemptions.add(pool.submit(() -> {
                        together.await();
                        return new TransactionTemplate(transactionManager)
                                .execute(status -> tokens.redeem(subject, token, now));
                    }));
                }
                int won = 0;
                for (Future<Boolean> redemption : redemptions) {
                    won += redemption.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("round " + round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void expiredTokensAreForgottenAndCanNoLongerBeRedeemed() {
        SingleUseTokens tokens = new SingleUseTokens(SECRET, "it-expiry", 1, ledger);
        Date issued = new Date(System.currentTimeMillis() - 3_600_000L);
        String token = tokens.issue("subject-3", issued);

        assertThat(ledger.deleteExpired(new Date())).isGreaterThanOrEqualTo(1);
        assertThat(tokens.redeem("subject-3", token, issued)).as("signature still fine at issue time").isFalse();
    }
}
