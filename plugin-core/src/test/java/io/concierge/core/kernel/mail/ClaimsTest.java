package io.concierge.core.kernel.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.concierge.core.kernel.mail.Claims.Action.GIVE_BACK;
import static io.concierge.core.kernel.mail.Claims.Action.GIVE_UP;
import static io.concierge.core.kernel.mail.Claims.Action.SEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimsTest {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Duration delivery = Duration.ofSeconds(90);

    @Test
    void aClaimedMailIsSentWhileTheLeaseOutlastsOneDelivery() {
        assertThat(Claims.forClaimedMail(1, 8, now.plusSeconds(300), now, delivery)).isEqualTo(SEND);
        assertThat(Claims.forClaimedMail(8, 8, now.plusSeconds(91), now, delivery)).isEqualTo(SEND);
    }

    @Test
    void aClaimedMailIsGivenBackWhenTooLittleOfTheLeaseIsLeft() {
        assertThat(Claims.forClaimedMail(1, 8, now.plusSeconds(90), now, delivery)).isEqualTo(GIVE_BACK);
        assertThat(Claims.forClaimedMail(1, 8, now.minusSeconds(1), now, delivery)).isEqualTo(GIVE_BACK);
    }

    @Test
    void aClaimBeyondTheLastAttemptGivesTheMailUpWhateverTheLease() {
        assertThat(Claims.forClaimedMail(9, 8, now.plusSeconds(300), now, delivery)).isEqualTo(GIVE_UP);
        assertThat(Claims.forClaimedMail(9, 8, now, now, delivery)).isEqualTo(GIVE_UP);
    }

    @Test
    void aLeaseShorterThanTwoDeliveriesIsRefusedByName() {
        Claims.checkLease(Duration.ofSeconds(180), delivery);
        assertThatThrownBy(() -> Claims.checkLease(Duration.ofSeconds(179), delivery))
                .hasMessageContaining("concierge.mail.leaseSeconds (179)");
    }
}
