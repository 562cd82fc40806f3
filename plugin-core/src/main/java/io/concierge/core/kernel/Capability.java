package io.concierge.core.kernel;

/**
 * The five services Concierge adds to a store. Each can be switched on or off by the merchant, per store,
 * without a restart.
 */
public enum Capability {

    KNOWLEDGE_BASE("kb"),
    GUIDANCE("guidance"),
    HELP_CENTER("helpcenter"),
    LOYALTY("loyalty"),
    SURVEYS("survey");

    private final String key;

    Capability(String key) {
        this.key = key;
    }

    /** Short, stable identifier used in URLs, JSON and message keys. */
    public String key() {
        return key;
    }

    public static Capability fromKey(String key) {
        for (Capability capability : values()) {
            if (capability.key.equals(key)) {
                return capability;
            }
        }
        throw new IllegalArgumentException("Unknown Concierge capability: " + key);
    }
}
