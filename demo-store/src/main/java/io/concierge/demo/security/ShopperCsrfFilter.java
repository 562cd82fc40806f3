package io.concierge.demo.security;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.web.filter.GenericFilterBean;

import java.io.IOException;

import javax.annotation.Resource;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Checks Broadleaf's CSRF token on every POST, like Broadleaf's own CsrfFilter, but answers a missing or stale token
 * with 403 and the store's "please try again" page instead of a server error.
 */
public class ShopperCsrfFilter extends GenericFilterBean {

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtectionService;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("POST".equals(http.getMethod())) {
            try {
                exploitProtectionService.compareToken(http.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException staleOrForged) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
