package io.concierge.core.kernel.orders;

/** Who recorded an order event: an admin user, a customer (by Broadleaf id) or a named integration. */
public final class Actor {

    public enum Kind {
        ADMIN_USER, CUSTOMER, INTEGRATION
    }

    public static final int MAX_ID_LENGTH = 64;

    private final Kind kind;
    private final String id;

    private Actor(Kind kind, String id) {
        if (kind == null || id == null || id.trim().isEmpty()) {
            throw new IllegalArgumentException("an actor needs a kind and an id");
        }
        this.kind = kind;
        this.id = id.trim();
    }

    public static Actor adminUser(long adminUserId) {
        return new Actor(Kind.ADMIN_USER, String.valueOf(adminUserId));
    }

    public static Actor customer(long customerId) {
        return new Actor(Kind.CUSTOMER, String.valueOf(customerId));
    }

    /** A warehouse, carrier or payment provider, by the name it is configured under. */
    public static Actor integration(String name) {
        return new Actor(Kind.INTEGRATION, name);
    }

    public static Actor of(Kind kind, String id) {
        return new Actor(kind, id);
    }

    public Kind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor && ((Actor) other).kind == kind && ((Actor) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + id.hashCode();
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
