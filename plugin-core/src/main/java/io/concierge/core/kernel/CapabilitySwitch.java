package io.concierge.core.kernel;

import java.io.Serializable;

/**
 * The merchant's on/off switch of one installed capability, one row per capability ({@code CNC_CAPABILITY_SWITCH}),
 * edited in the admin under Customer Service › Capabilities. Off, the capability looks to shoppers as if it were not
 * installed; a change applies on the next request, on every node.
 */
public interface CapabilitySwitch extends Serializable {

    Long getId();

    /** The module's key ({@link CapabilityModule#key()}). */
    String getCapabilityKey();

    String getName();

    boolean isEnabled();

    void setEnabled(boolean enabled);
}
