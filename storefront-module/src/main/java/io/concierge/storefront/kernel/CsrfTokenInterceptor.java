package io.concierge.storefront.kernel;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Puts Broadleaf's CSRF token in every page's model as {@code csrf} ({@code csrf.parameterName},
 * {@code csrf.token}), so that every POST form (Concierge's and the host theme's) can carry it to the host's
 * Broadleaf {@code CsrfFilter}, which rejects POSTs without it.
 */
public class CsrfTokenInterceptor extends HandlerInterceptorAdapter {

    public static final String MODEL_NAME = "csrf";

    private final ExploitProtectionService exploitProtection;

    public CsrfTokenInterceptor(ExploitProtectionService exploitProtection) {
        this.exploitProtection = exploitProtection;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) throws ServiceException {
        if (ModelViews.rendersPage(modelAndView)) {
            modelAndView.addObject(MODEL_NAME,
                    new CsrfToken(exploitProtection.getCsrfTokenParameter(), exploitProtection.getCSRFToken()));
        }
    }

    /** The form field a page must post back. */
    public static final class CsrfToken {
        private final String parameterName;
        private final String token;

        CsrfToken(String parameterName, String token) {
            this.parameterName = parameterName;
            this.token = token;
        }

        public String getParameterName() { return parameterName; }

        public String getToken() { return token; }
    }
}
