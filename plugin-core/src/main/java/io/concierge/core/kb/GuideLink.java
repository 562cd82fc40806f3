package io.concierge.core.kb;

import java.util.Date;

/** Where a visible guide is and when it last changed, without its content: what a sitemap lists. */
public final class GuideLink {

    private final String slug;
    private final Date lastModified;

    /** The guide changed last at its publish time or at its last edit, whichever is later. */
    public GuideLink(String slug, Date publishAt, Date updatedAt) {
        this.slug = slug;
        this.lastModified = updatedAt != null && updatedAt.after(publishAt) ? updatedAt : publishAt;
    }

    public String getSlug() {
        return slug;
    }

    public Date getLastModified() {
        return lastModified;
    }
}
