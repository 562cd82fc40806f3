package io.concierge.core.kernel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import javax.annotation.Resource;

@Service("cncSettingsService")
public class ConciergeSettingsServiceImpl implements ConciergeSettingsService {

    @Resource(name = "cncSettingsDao")
    protected ConciergeSettingsDao settingsDao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ConciergeSettings currentSettings() {
        ConciergeSettings stored = settingsDao.readStoreSettings();
        return stored != null ? stored : new ConciergeSettingsImpl();
    }

    @Override
    public boolean isEnabled(Capability capability) {
        return currentSettings().isEnabled(capability);
    }

    @Override
    @Transactional("blTransactionManager")
    public ConciergeSettings save(ConciergeSettings settings) {
        Map<String, String> errors = SettingsRules.violations(settings);
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        return settingsDao.save(settings);
    }
}
