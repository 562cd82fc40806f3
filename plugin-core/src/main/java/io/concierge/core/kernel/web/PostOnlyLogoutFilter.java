package io.concierge.core.kernel.web;

import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UrlPathHelper;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Spring Security 3.1's {@link LogoutFilter} signs out on any method, so an image tag on another site signs the
 * visitor out. This one signs out on POST only (which the CSRF filter in front of it checks); a GET of the sign-out
 * URL goes on to the application, which can show a page with a sign-out button.
 * <p>
 * The URL is matched on the path as Spring MVC reads it (decoded, without {@code ;params}, doubled slashes merged,
 * a trailing slash ignored) and in full, not by the raw request URI's ending as Spring Security 3.1 does: so every
 * spelling the application would route as the sign-out URL signs out, and no other path does.
 */
public class PostOnlyLogoutFilter extends LogoutFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    public PostOnlyLogoutFilter(String logoutSuccessUrl, LogoutHandler... handlers) {
        super(logoutSuccessUrl, handlers);
    }

    public PostOnlyLogoutFilter(LogoutSuccessHandler logoutSuccessHandler, LogoutHandler... handlers) {
        super(logoutSuccessHandler, handlers);
    }

    @Override
    protected boolean requiresLogout(HttpServletRequest request, HttpServletResponse response) {
        return "POST".equals(request.getMethod())
                && normalized(PATHS.getPathWithinApplication(request)).equals(normalized(getFilterProcessesUrl()));
    }

    private static String normalized(String path) {
        String merged = path.replaceAll("/{2,}", "/");
        return merged.length() > 1 && merged.endsWith("/") ? merged.substring(0, merged.length() - 1) : merged;
    }
}
