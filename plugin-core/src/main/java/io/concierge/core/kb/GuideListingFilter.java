package io.concierge.core.kb;

import java.util.Collection;

/** Optional narrowing of a guide listing; a {@code null} part does not narrow. */
final class GuideListingFilter {

    final String locale;
    final Collection<Long> categoryIds;
    final String tagSlug;

    GuideListingFilter(String locale, Collection<Long> categoryIds, String tagSlug) {
        this.locale = locale;
        this.categoryIds = categoryIds;
        this.tagSlug = tagSlug;
    }
}
