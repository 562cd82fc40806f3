package io.concierge.core.kernel.web;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Redirects only within the site that answered the request; any other target (another host, a scheme-relative
 * {@code //host}, a backslash trick) is replaced by a fixed page of the site. Set it as the {@code redirectStrategy}
 * of a Spring Security success handler whose target can come from the request, such as Broadleaf's admin sign-in with
 * its {@code successUrl} parameter, so that a link to the sign-in page cannot send a user to a foreign site.
 */
public class SameOriginRedirectStrategy implements RedirectStrategy {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final String fallbackPath;

    /** @param fallbackPath where foreign targets are sent instead, relative to the web application */
    public SameOriginRedirectStrategy(String fallbackPath) {
        if (!isLocalPath(fallbackPath)) {
            throw new IllegalArgumentException("the fallback of a same-origin redirect must be a path such as /account");
        }
        this.fallbackPath = fallbackPath;
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        redirects.sendRedirect(request, response, isSameOrigin(request, url) ? url : fallbackPath);
    }

    /** A path on this site, or an absolute URL with the scheme, host and port of the request. */
    static boolean isSameOrigin(HttpServletRequest request, String url) {
        if (url == null || url.isEmpty() || url.indexOf('\\') >= 0 || hasControlCharacter(url)) {
            return false;
        }
        if (url.startsWith("/")) {
            return isLocalPath(url);
        }
        URI target;
        try {
            target = new URI(url);
        } catch (URISyntaxException malformed) {
            return false;
        }
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        return target.isAbsolute() && scheme.equalsIgnoreCase(target.getScheme()) && target.getRawUserInfo() == null
                && request.getServerName().equalsIgnoreCase(target.getHost())
                && portOf(scheme, request.getServerPort()) == portOf(scheme, target.getPort());
    }

    private static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0;
    }

    private static boolean hasControlCharacter(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) < 0x20 || url.charAt(i) == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static int portOf(String scheme, int port) {
        return port != -1 ? port : "https".equals(scheme) ? 443 : 80;
    }
}
