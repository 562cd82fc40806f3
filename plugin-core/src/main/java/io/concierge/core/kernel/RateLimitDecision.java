package io.concierge.core.kernel;

/** Whether an event was allowed under a {@link RateLimit}, and if not, how long until the next one is. */
public final class RateLimitDecision {

    private static final RateLimitDecision ALLOWED = new RateLimitDecision(0);

    private final long retryAfterSeconds;

    private RateLimitDecision(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static RateLimitDecision allowed() {
        return ALLOWED;
    }

    /** Refused; rounded up to whole seconds, at least one. */
    static RateLimitDecision refusedForNanos(long nanos) {
        return new RateLimitDecision(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    public boolean isAllowed() {
        return retryAfterSeconds == 0;
    }

    /** 0 when allowed. */
    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole minutes to wait, rounded up (1 for anything under a minute); 0 when allowed. */
    public long getRetryAfterMinutes() {
        return (retryAfterSeconds + 59) / 60;
    }
}
