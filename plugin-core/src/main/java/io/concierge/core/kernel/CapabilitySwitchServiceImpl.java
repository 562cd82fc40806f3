package io.concierge.core.kernel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

@Service("cncCapabilitySwitches")
public class CapabilitySwitchServiceImpl implements CapabilitySwitchService {

    @Resource(name = "cncCapabilitySwitchDao")
    protected CapabilitySwitchDao switchDao;

    @Resource(name = "cncCapabilityModules")
    protected CapabilityModules modules;

    /** Not transactional: a plain read, made in the request's own entity manager when there is one. */
    @Override
    public CapabilityStates currentStates() {
        Map<String, Boolean> stored = new HashMap<String, Boolean>();
        for (CapabilitySwitch capabilitySwitch : switchDao.readAll()) {
            stored.put(capabilitySwitch.getCapabilityKey(), capabilitySwitch.isEnabled());
        }
        Map<String, Boolean> states = new LinkedHashMap<String, Boolean>();
        for (CapabilityModule module : modules.all()) {
            // A missing row (not yet made at start, or deleted in the admin) means the default: on.
            Boolean on = stored.get(module.key());
            states.put(module.key(), on == null || on);
        }
        return new CapabilityStates(states);
    }

    @Override
    public boolean isOn(String capabilityKey) {
        return currentStates().isOn(capabilityKey);
    }

    @Override
    @Transactional("blTransactionManager")
    public void setOn(String capabilityKey, boolean on) {
        CapabilityModule module = modules.require(capabilityKey);
        CapabilitySwitch capabilitySwitch = switchDao.read(module.key());
        if (capabilitySwitch == null) {
            capabilitySwitch = new CapabilitySwitchImpl(module);
        }
        capabilitySwitch.setEnabled(on);
        switchDao.save(capabilitySwitch);
    }
}
