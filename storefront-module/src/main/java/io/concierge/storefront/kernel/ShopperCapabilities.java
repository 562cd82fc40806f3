package io.concierge.storefront.kernel;

import io.concierge.core.kernel.CapabilityStates;
import io.concierge.core.kernel.CapabilitySwitchService;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The switches as one storefront request sees them: read once per request (the route guard, the page model and the
 * widgets all ask) and never kept beyond it, so an admin change applies from the next request on every node.
 * Outside a request every call reads afresh.
 */
public class ShopperCapabilities {

    static final String READ_FOR_REQUEST = ShopperCapabilities.class.getName() + ".states";

    private final CapabilitySwitchService switches;

    public ShopperCapabilities(CapabilitySwitchService switches) {
        this.switches = switches;
    }

    public CapabilityStates current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        CapabilityStates states = request == null ? null
                : (CapabilityStates) request.getAttribute(READ_FOR_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (states == null) {
            states = switches.currentStates();
            if (request != null) {
                request.setAttribute(READ_FOR_REQUEST, states, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return states;
    }

    public boolean isOn(String capabilityKey) {
        return current().isOn(capabilityKey);
    }
}
