package io.concierge.storefront.kernel;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Puts the capabilities' switches in every page's model as {@code concierge} (a
 * {@link io.concierge.core.kernel.CapabilityStates}), read for this request, so that templates (the plugin's and the
 * host's) show only the capabilities that are on: {@code concierge.isOn("kb")}, {@code concierge.switchedOn()}.
 */
public class ConciergeModelInterceptor extends HandlerInterceptorAdapter {

    public static final String MODEL_NAME = "concierge";

    private final ShopperCapabilities capabilities;

    public ConciergeModelInterceptor(ShopperCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (ModelViews.rendersPage(modelAndView)) {
            modelAndView.addObject(MODEL_NAME, capabilities.current());
        }
    }
}
