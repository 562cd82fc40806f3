package io.concierge.core.kernel;

import java.util.Collection;
import java.util.List;

/**
 * Guides that one capability can point shoppers to while another writes them: the knowledge base implements it
 * ({@code cncShopperGuides}), the help center's mails use it. An optional bean: without the knowledge base there is
 * none, and while the knowledge base is switched off it finds nothing.
 */
public interface ShopperGuides {

    /** The visible guides in {@code language} linked to any of the products, newest first, at most {@code max}. */
    List<GuideReference> forProducts(Collection<Long> productIds, Language language, int max);

    /** The newest visible guide in {@code language} with this tag (its slug), or null. */
    GuideReference taggedWith(String tagSlug, Language language);
}
