package io.concierge.core.kernel;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;

/**
 * What every Concierge enumeration that Broadleaf's admin lists shares: its stored value, its name in the admin's
 * drop-down, and equality by value. Each subclass keeps its own static {@code TYPES} map (Broadleaf's admin reads it
 * by reflection under that name), its {@code getInstance} and a {@code readResolve} that returns the registered one.
 */
public abstract class EnumerationType implements BroadleafEnumerationType, Serializable {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String friendlyType;

    protected EnumerationType(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
    }

    @Override
    public final String getType() {
        return type;
    }

    @Override
    public final String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((EnumerationType) other).type.equals(type);
    }

    @Override
    public final int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type;
    }
}
