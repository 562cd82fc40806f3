package io.concierge.core.kernel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The capabilities installed on this site, in the order their patch files were listed. */
@Component("cncCapabilityModules")
public class CapabilityModules {

    private final Map<String, CapabilityModule> byKey = new LinkedHashMap<String, CapabilityModule>();

    /** @throws IllegalArgumentException at start-up for two modules with one key */
    @Autowired(required = false)
    public CapabilityModules(List<CapabilityModule> modules) {
        for (CapabilityModule module : modules) {
            if (byKey.put(module.key(), module) != null) {
                throw new IllegalArgumentException("two Concierge capability modules have the key " + module.key());
            }
        }
    }

    /** For a site without any capability (the kernel alone). */
    public CapabilityModules() {
        this(Collections.<CapabilityModule>emptyList());
    }

    public List<CapabilityModule> all() {
        return Collections.unmodifiableList(new ArrayList<CapabilityModule>(byKey.values()));
    }

    public boolean isInstalled(String key) {
        return byKey.containsKey(key);
    }

    /**
     * For start-up checks of what names a capability (routes, widgets): a misspelt key fails the start instead of
     * hiding a page.
     *
     * @throws IllegalArgumentException when no installed module has the key
     */
    public CapabilityModule require(String key) {
        CapabilityModule module = byKey.get(key);
        if (module == null) {
            throw new IllegalArgumentException("No Concierge capability '" + key + "' is installed; there are "
                    + byKey.keySet() + " (is its bl-concierge-" + key + "-applicationContext.xml listed?)");
        }
        return module;
    }
}
