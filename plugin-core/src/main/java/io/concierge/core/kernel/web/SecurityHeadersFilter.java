package io.concierge.core.kernel.web;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

/**
 * Adds the browser security headers to every response of a web application: no framing by other sites
 * ({@code X-Frame-Options} and CSP {@code frame-ancestors}), no content sniffing, and a referrer that never carries
 * a path to another origin. Installed in web.xml; init parameter {@code framing} is {@code deny} (default: no page
 * may be framed at all) or {@code sameorigin} (the application may frame its own pages, as Broadleaf's admin does).
 */
public class SecurityHeadersFilter implements Filter {

    public static final String FRAMING_PARAMETER = "framing";

    private Framing framing = Framing.DENY;

    /** Who may show the application's pages in a frame. */
    public enum Framing {
        DENY("DENY", "'none'"),
        SAMEORIGIN("SAMEORIGIN", "'self'");

        final String frameOptions;
        final String frameAncestors;

        Framing(String frameOptions, String frameAncestors) {
            this.frameOptions = frameOptions;
            this.frameAncestors = frameAncestors;
        }

        static Framing parse(String value) {
            if (value == null || value.trim().isEmpty()) {
                return DENY;
            }
            for (Framing framing : values()) {
                if (framing.name().equalsIgnoreCase(value.trim())) {
                    return framing;
                }
            }
            // A typo must not silently weaken the policy: refuse to start.
            throw new IllegalArgumentException("SecurityHeadersFilter: framing must be deny or sameorigin, not "
                    + value);
        }
    }

    public SecurityHeadersFilter() {
    }

    public SecurityHeadersFilter(Framing framing) {
        this.framing = framing;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        try {
            framing = Framing.parse(config.getInitParameter(FRAMING_PARAMETER));
        } catch (IllegalArgumentException e) {
            throw new ServletException(e.getMessage(), e);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Set before the chain, so that the headers are there however the response is committed.
        addHeaders((HttpServletResponse) response);
        chain.doFilter(request, response);
    }

    void addHeaders(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", framing.frameOptions);
        response.setHeader("Content-Security-Policy", "frame-ancestors " + framing.frameAncestors);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Override
    public void destroy() {
    }
}
