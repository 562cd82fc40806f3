package io.concierge.core.kernel;

/**
 * Counts events per subject against a {@link RateLimit}, in the shared database: every store node sees the same
 * counts, and taking an event is atomic across nodes (two concurrent takes of a subject's last event: one wins).
 * Subjects are stored only as hashes. Bean {@code cncRateLimiter}.
 */
public interface RateLimiter {

    /** Takes one event for the subject if the limit has one left; otherwise nothing is taken. */
    RateLimitDecision tryAcquire(RateLimit limit, String subject);

    /** Gives back one event taken by {@link #tryAcquire} (e.g. the sign-in it guarded succeeded). */
    void release(RateLimit limit, String subject);

    /** Whether the subject may act now, taking nothing. */
    RateLimitDecision check(RateLimit limit, String subject);
}
