package io.concierge.core.kernel;

/**
 * The merchant's switches of the installed capabilities. Every call reads the database (one small query), so an
 * admin change reaches every node at once; the storefront reads them once per request.
 */
public interface CapabilitySwitchService {

    CapabilityStates currentStates();

    boolean isOn(String capabilityKey);

    /** @throws IllegalArgumentException for a capability that is not installed */
    void setOn(String capabilityKey, boolean on);
}
