package io.concierge.core.kernel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The storefront's public address, from configuration (property {@code concierge.storefront.url}), for every
 * absolute link Concierge writes: canonical links, Open Graph and JSON-LD, feeds, sitemaps, links in the admin and
 * in mails. Never taken from a request, whose Host header the client chooses (a crafted one would otherwise poison a
 * shared cache or a mail). A store behind a context path includes it, e.g. {@code https://example.com/shop}.
 */
@Component("cncStorefrontUrl")
public class StorefrontUrl {

    public static final String DEFAULT = "http://127.0.0.1:8080";

    private final String base;

    /**
     * @throws IllegalArgumentException at start-up when the address is not an absolute http or https URL
     */
    @Autowired
    public StorefrontUrl(@Value("${concierge.storefront.url:" + DEFAULT + "}") String configured) {
        String url = configured == null || configured.trim().isEmpty() ? DEFAULT : configured.trim();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(url);
        }
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static IllegalArgumentException invalid(String url) {
        return new IllegalArgumentException("concierge.storefront.url must be the storefront's absolute http or https "
                + "address, such as https://shop.example.com, not: " + url);
    }

    /** Scheme, host, port and context path, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The absolute URL of a storefront path that starts with {@code /}. */
    public String resolve(String path) {
        return base + path;
    }

    @Override
    public String toString() {
        return base;
    }
}
