package io.concierge.core.kernel.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5));
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theDelayDoublesWithEachAttemptUpToTheLongest() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aTransientFailureIsTriedAgainUntilTheLastAttemptAndAPermanentOneNever() {
        assertThat(policy.nextAttemptAfterFailure(1, false, now)).isEqualTo(now.plusSeconds(60));
        assertThat(policy.nextAttemptAfterFailure(3, false, now)).isEqualTo(now.plusSeconds(240));
        assertThat(policy.nextAttemptAfterFailure(4, false, now)).isEqualTo(now.plusSeconds(300));
        assertThat(policy.nextAttemptAfterFailure(5, false, now)).isNull();
        assertThat(policy.nextAttemptAfterFailure(1, true, now)).isNull();
    }

    @Test
    void settingsThatCannotWorkAreRefusedByName() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(5)))
                .hasMessageContaining("concierge.mail.maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(5)))
                .hasMessageContaining("retry delays");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(10), Duration.ofMinutes(5)))
                .hasMessageContaining("retry delays");
    }
}
