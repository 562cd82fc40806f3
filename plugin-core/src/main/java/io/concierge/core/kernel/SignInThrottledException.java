package io.concierge.core.kernel;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password: too many recent failures for the account or the address. */
public class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final RateLimitDecision decision;

    public SignInThrottledException(RateLimitDecision decision) {
        super("Too many failed sign-ins; retry in " + decision.getRetryAfterSeconds() + " s");
        this.decision = decision;
    }

    public RateLimitDecision getDecision() {
        return decision;
    }
}
