package io.concierge.core.kernel;

import java.util.List;

public interface CapabilitySwitchDao {

    List<CapabilitySwitch> readAll();

    CapabilitySwitch read(String capabilityKey);

    CapabilitySwitch save(CapabilitySwitch capabilitySwitch);
}
