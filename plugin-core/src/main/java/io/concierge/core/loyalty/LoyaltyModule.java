package io.concierge.core.loyalty;

/** The loyalty capability's key, in its descriptor, routes, messages and switch. */
public final class LoyaltyModule {

    public static final String KEY = "loyalty";

    private LoyaltyModule() {
    }
}
