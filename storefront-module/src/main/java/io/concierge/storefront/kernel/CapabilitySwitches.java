package io.concierge.storefront.kernel;

import io.concierge.core.kernel.Capability;
import io.concierge.core.kernel.ConciergeSettings;

/** Template-friendly view of the switches: {@code concierge.on("kb")} in FreeMarker. */
public class CapabilitySwitches {

    private final ConciergeSettings settings;

    public CapabilitySwitches(ConciergeSettings settings) {
        this.settings = settings;
    }

    public boolean on(String capabilityKey) {
        return settings.isEnabled(Capability.fromKey(capabilityKey));
    }
}
