package io.concierge.storefront.kernel;

import io.concierge.core.kernel.Capability;
import io.concierge.core.kernel.ConciergeSettingsService;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers 404 for the pages and API of a capability the merchant has switched off, so that a disabled capability
 * looks to shoppers as if it were not installed. The capability is that of the controller the dispatcher chose
 * ({@link CapabilityRoutes}); handlers without one (the host's pages, static resources) always pass.
 */
public class CapabilityGuard extends HandlerInterceptorAdapter implements ApplicationListener<ContextRefreshedEvent> {

    private final ConciergeSettingsService settingsService;
    private volatile Map<Class<?>, Capability> capabilityByController = Collections.emptyMap();

    public CapabilityGuard(ConciergeSettingsService settingsService) {
        this.settingsService = settingsService;
    }

    /** Reads the controllers' capabilities once the dispatcher's context is up; an unknown key fails the start. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Map<Class<?>, Capability> capabilities = new HashMap<Class<?>, Capability>();
        for (Object controller : event.getApplicationContext().getBeansWithAnnotation(CapabilityRoutes.class).values()) {
            Class<?> type = AopUtils.getTargetClass(controller);
            capabilities.put(type, Capability.fromKey(AnnotationUtils.findAnnotation(type, CapabilityRoutes.class).value()));
        }
        capabilityByController = capabilities;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Capability capability = capabilityOf(handler);
        if (capability != null && !settingsService.isEnabled(capability)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        return true;
    }

    Capability capabilityOf(Object handler) {
        return handler instanceof HandlerMethod
                ? capabilityByController.get(((HandlerMethod) handler).getBeanType()) : null;
    }
}
