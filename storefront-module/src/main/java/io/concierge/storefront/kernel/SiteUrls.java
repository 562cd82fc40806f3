package io.concierge.storefront.kernel;

import javax.servlet.http.HttpServletRequest;

/** Absolute URLs of the storefront, for canonical links, feeds and sitemaps. */
public final class SiteUrls {

    private SiteUrls() {
    }

    /** Scheme, host, port (when not the default) and context path of the request, without a trailing slash. */
    public static String base(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        if (!defaultPort) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).toString();
    }
}
