package io.concierge.core.kernel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Map;

import javax.annotation.Resource;

/**
 * Reads the settings from the database once per web request (a storefront page asks for them several times: the
 * route guard, the page model, widgets) and on every call outside one. The next request reads afresh, so an admin
 * change still reaches every store node at once.
 */
@Service("cncSettingsService")
public class ConciergeSettingsServiceImpl implements ConciergeSettingsService {

    static final String READ_FOR_REQUEST = ConciergeSettingsServiceImpl.class.getName() + ".settings";

    @Resource(name = "cncSettingsDao")
    protected ConciergeSettingsDao settingsDao;

    /** Not transactional: a plain read, made in the request's own entity manager when there is one. */
    @Override
    public ConciergeSettings currentSettings() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        ConciergeSettings settings = request == null ? null
                : (ConciergeSettings) request.getAttribute(READ_FOR_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (settings == null) {
            ConciergeSettings stored = settingsDao.readStoreSettings();
            settings = stored != null ? stored : new ConciergeSettingsImpl();
            if (request != null) {
                request.setAttribute(READ_FOR_REQUEST, settings, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return settings;
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
        ConciergeSettings saved = settingsDao.save(settings);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(READ_FOR_REQUEST, RequestAttributes.SCOPE_REQUEST);
        }
        return saved;
    }
}
