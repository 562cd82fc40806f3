package io.concierge.core.helpcenter;

/** The help center capability: order care, returns, support cases. */
public final class HelpCenter {

    /** Its capability key (switch, routes, patch files {@code bl-concierge-helpcenter-*}). */
    public static final String KEY = "helpcenter";

    private HelpCenter() {
    }
}
