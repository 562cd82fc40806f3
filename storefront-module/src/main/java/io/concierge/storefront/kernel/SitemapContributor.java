package io.concierge.storefront.kernel;

import java.util.Date;
import java.util.List;

/**
 * Adds pages to the storefront's {@code /sitemap.xml}. Concierge contributes its guides; a host adds its catalog
 * (the demo store does) by declaring its own Spring bean of this type.
 */
public interface SitemapContributor {

    /** @param siteUrl the storefront's absolute base URL, without a trailing slash */
    List<Entry> sitemapEntries(String siteUrl);

    /** One page: its absolute URL and, when known, when it last changed. */
    final class Entry {
        private final String location;
        private final Date lastModified;

        public Entry(String location, Date lastModified) {
            this.location = location;
            this.lastModified = lastModified == null ? null : new Date(lastModified.getTime());
        }

        public String getLocation() { return location; }

        public Date getLastModified() { return lastModified == null ? null : new Date(lastModified.getTime()); }
    }
}
