package io.concierge.core.kernel.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail that could not be delivered is tried again: after {@code firstDelay}, doubling with each attempt up to
 * {@code maxDelay}, until {@code maxAttempts} attempts were made. An attempt is a claim: a sender that died while
 * holding the mail used one too, so a mail that kills its sender cannot be taken again forever.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("concierge.mail.maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The retry delays must be positive, the first no longer than the"
                    + " longest (first " + firstDelay + ", longest " + maxDelay + ")");
        }
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** How long to wait after the failure of attempt number {@code attempts} (1 for the first). */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /** Null when the mail is to be given up, else the time of its next attempt. */
    public Instant nextAttemptAfterFailure(int attempts, boolean permanent, Instant now) {
        if (permanent || attempts >= maxAttempts) {
            return null;
        }
        return now.plus(delayAfter(attempts));
    }
}
