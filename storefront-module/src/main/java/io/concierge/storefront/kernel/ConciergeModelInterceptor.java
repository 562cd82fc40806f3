package io.concierge.storefront.kernel;

import io.concierge.core.kernel.ConciergeSettingsService;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Puts the store's Concierge settings in every page's model as {@code concierge}, read fresh for each request, so
 * that templates (the plugin's and the host's) show only the capabilities that are switched on.
 */
public class ConciergeModelInterceptor extends HandlerInterceptorAdapter {

    public static final String MODEL_NAME = "concierge";

    private final ConciergeSettingsService settingsService;

    public ConciergeModelInterceptor(ConciergeSettingsService settingsService) {
        this.settingsService = settingsService;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (ModelViews.rendersPage(modelAndView)) {
            modelAndView.addObject(MODEL_NAME, new CapabilitySwitches(settingsService.currentSettings()));
        }
    }
}
