package io.concierge.core.guidance;

/** Guidance (cross-sell and up-sell with measured reasons) as a capability: its key in routes, widgets and switches. */
public final class Guidance {

    public static final String KEY = "guidance";

    /** At most this many recommendations in one block ("Goes well with", "Consider instead"). */
    public static final int MAX_PER_BLOCK = 3;

    private Guidance() {
    }
}
