package io.concierge.core.kernel.web;

import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Spring Security 3.1's {@link LogoutFilter} signs out on any method, so an image tag on another site signs the
 * visitor out. This one signs out on POST only (which the CSRF filter in front of it checks); a GET of the sign-out
 * URL goes on to the application, which can show a page with a sign-out button.
 */
public class PostOnlyLogoutFilter extends LogoutFilter {

    public PostOnlyLogoutFilter(String logoutSuccessUrl, LogoutHandler... handlers) {
        super(logoutSuccessUrl, handlers);
    }

    public PostOnlyLogoutFilter(LogoutSuccessHandler logoutSuccessHandler, LogoutHandler... handlers) {
        super(logoutSuccessHandler, handlers);
    }

    @Override
    protected boolean requiresLogout(HttpServletRequest request, HttpServletResponse response) {
        return "POST".equals(request.getMethod()) && super.requiresLogout(request, response);
    }
}
