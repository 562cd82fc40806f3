package io.concierge.storefront.kernel;

import io.concierge.core.kernel.CapabilityModules;
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

    private final CapabilityModules modules;
    private final ShopperCapabilities capabilities;
    private volatile Map<Class<?>, String> capabilityByController = Collections.emptyMap();

    public CapabilityGuard(CapabilityModules modules, ShopperCapabilities capabilities) {
        this.modules = modules;
        this.capabilities = capabilities;
    }

    /**
     * Reads the controllers' capabilities once the dispatcher's context is up; a key of no installed module fails
     * the start (a controller whose module's patch file is missing would otherwise claim its routes for ever).
     */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Map<Class<?>, String> keys = new HashMap<Class<?>, String>();
        for (Object controller : event.getApplicationContext().getBeansWithAnnotation(CapabilityRoutes.class).values()) {
            Class<?> type = AopUtils.getTargetClass(controller);
            String key = AnnotationUtils.findAnnotation(type, CapabilityRoutes.class).value();
            keys.put(type, modules.require(key).key());
        }
        capabilityByController = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String capability = capabilityOf(handler);
        if (capability != null && !capabilities.isOn(capability)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        return true;
    }

    String capabilityOf(Object handler) {
        return handler instanceof HandlerMethod
                ? capabilityByController.get(((HandlerMethod) handler).getBeanType()) : null;
    }
}
