package io.concierge.core.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which installed capabilities are switched on, as read at one moment. A key that no installed module has is off: a
 * capability that is not installed does not exist. Templates ask {@code concierge.isOn("kb")}.
 */
public final class CapabilityStates {

    private final Map<String, Boolean> onByKey;

    /** @param onByKey installed capabilities in their modules' order, each with its switch */
    public CapabilityStates(Map<String, Boolean> onByKey) {
        this.onByKey = Collections.unmodifiableMap(new LinkedHashMap<String, Boolean>(onByKey));
    }

    public boolean isOn(String capabilityKey) {
        return Boolean.TRUE.equals(onByKey.get(capabilityKey));
    }

    /** Installed capabilities with their switches, in the modules' order. */
    public Map<String, Boolean> all() {
        return onByKey;
    }

    /** The keys of the capabilities that are on, in the modules' order. */
    public List<String> switchedOn() {
        List<String> on = new ArrayList<String>();
        for (Map.Entry<String, Boolean> entry : onByKey.entrySet()) {
            if (entry.getValue()) {
                on.add(entry.getKey());
            }
        }
        return on;
    }
}
