package io.concierge.core.kernel.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimsTest {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aPendingMailIsClaimableOnceDue() {
        assertThat(Claims.isClaimable(OutboxStatus.PENDING, now, null, now)).isTrue();
        assertThat(Claims.isClaimable(OutboxStatus.PENDING, now.minusSeconds(1), null, now)).isTrue();
        assertThat(Claims.isClaimable(OutboxStatus.PENDING, now.plusSeconds(1), null, now)).isFalse();
    }

    @Test
    void aMailBeingSentIsClaimableOnlyOnceItsLeaseExpired() {
        assertThat(Claims.isClaimable(OutboxStatus.SENDING, now.minusSeconds(600), now.plusSeconds(1), now))
                .isFalse();
        assertThat(Claims.isClaimable(OutboxStatus.SENDING, now.minusSeconds(600), now, now)).isTrue();
        assertThat(Claims.isClaimable(OutboxStatus.SENDING, now.minusSeconds(600), null, now)).isTrue();
    }

    @Test
    void sentAndFailedMailsAreNeverClaimed() {
        assertThat(Claims.isClaimable(OutboxStatus.SENT, now.minusSeconds(1), now.minusSeconds(1), now)).isFalse();
        assertThat(Claims.isClaimable(OutboxStatus.FAILED, now.minusSeconds(1), now.minusSeconds(1), now))
                .isFalse();
    }

    @Test
    void aClaimedMailIsSentOnlyWhileTheLeaseOutlastsOneDelivery() {
        Duration delivery = Duration.ofSeconds(90);
        assertThat(Claims.mayStillSend(now.plusSeconds(91), now, delivery)).isTrue();
        assertThat(Claims.mayStillSend(now.plusSeconds(90), now, delivery)).isFalse();
        assertThat(Claims.mayStillSend(now.minusSeconds(1), now, delivery)).isFalse();
    }

    @Test
    void aLeaseShorterThanTwoDeliveriesIsRefused() {
        Claims.checkLease(Duration.ofSeconds(180), Duration.ofSeconds(90));
        assertThatThrownBy(() -> Claims.checkLease(Duration.ofSeconds(179), Duration.ofSeconds(90)))
                .hasMessageContaining("concierge.mail.leaseSeconds (179)");
    }
}
