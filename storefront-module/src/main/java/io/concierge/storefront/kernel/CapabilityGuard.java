package io.concierge.storefront.kernel;

import io.concierge.core.kernel.Capability;
import io.concierge.core.kernel.ConciergeSettingsService;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers 404 for the pages and API of a capability the merchant has switched off, so that a disabled capability
 * looks to shoppers as if it were not installed. Paths are matched by prefix, relative to the web application.
 */
public class CapabilityGuard extends HandlerInterceptorAdapter {

    private final ConciergeSettingsService settingsService;
    private final Map<String, Capability> capabilityByPathPrefix;

    public CapabilityGuard(ConciergeSettingsService settingsService, Map<String, String> capabilityKeyByPathPrefix) {
        this.settingsService = settingsService;
        this.capabilityByPathPrefix = new LinkedHashMap<String, Capability>();
        for (Map.Entry<String, String> entry : capabilityKeyByPathPrefix.entrySet()) {
            capabilityByPathPrefix.put(entry.getKey(), Capability.fromKey(entry.getValue()));
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Capability capability = capabilityFor(request.getRequestURI().substring(request.getContextPath().length()));
        if (capability != null && !settingsService.isEnabled(capability)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        return true;
    }

    Capability capabilityFor(String path) {
        for (Map.Entry<String, Capability> entry : capabilityByPathPrefix.entrySet()) {
            String prefix = entry.getKey();
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return entry.getValue();
            }
        }
        return null;
    }
}
