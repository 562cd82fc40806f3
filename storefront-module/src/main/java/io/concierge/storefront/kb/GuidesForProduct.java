package io.concierge.storefront.kb;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.KnowledgeBase;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetArguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

/**
 * The "guides for this product" widget ({@code kb.guidesForProduct}, argument {@code productId}): the visible guides
 * linked to a product, in the shopper's language, at most {@value #MAX_GUIDES}.
 */
public class GuidesForProduct implements Widget {

    public static final String NAME = "kb.guidesForProduct";

    static final int MAX_GUIDES = 5;
    /**
     * How long a product's guides are reused. Product pages are the store's busiest; without this the widget's query
     * cost a quarter of each view. A newly published guide reaches the widget within this time (its own page, the
     * listings and the search show it at once).
     */
    static final long CACHE_SECONDS = 30;
    static final long CACHED_PRODUCTS = 10000;

    private final Cache<String, List<GuideCard>> recent = CacheBuilder.newBuilder()
            .expireAfterWrite(CACHE_SECONDS, TimeUnit.SECONDS).maximumSize(CACHED_PRODUCTS).build();

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return KnowledgeBase.KEY;
    }

    @Override
    public List<GuideCard> content(WidgetArguments arguments) {
        return forProduct(arguments.wholeNumber("productId"));
    }

    public List<GuideCard> forProduct(Long productId) {
        if (productId == null) {
            return Collections.emptyList();
        }
        ShopperLocale shopper = ShopperLocale.current();
        String key = productId + "|" + shopper.getLocale();
        List<GuideCard> cached = recent.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        List<GuideCard> cards = new ArrayList<GuideCard>();
        for (Guide guide : guideService.findVisibleForProduct(productId, new Date())) {
            if (guide.getLocale().equals(shopper.guideLanguage()) && cards.size() < MAX_GUIDES) {
                cards.add(new GuideCard(guide, shopper));
            }
        }
        recent.put(key, Collections.unmodifiableList(cards));
        return cards;
    }
}
