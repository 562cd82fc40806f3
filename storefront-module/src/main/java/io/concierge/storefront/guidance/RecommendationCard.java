package io.concierge.storefront.guidance;

import io.concierge.core.guidance.GuidanceBlock;
import io.concierge.core.guidance.Reason;
import io.concierge.core.guidance.Recommendation;
import io.concierge.core.guidance.TrackedRecommendation;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SkuDisplay;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A recommended product as a card shows it: name, link, price and picture, and its reasons in words. */
public final class RecommendationCard {

    private final Long productId;
    private final String name;
    private final String url;
    private final String imageUrl;
    private final String price;
    private final List<ReasonText> reasons;
    private final TrackedRecommendation tracked;

    RecommendationCard(GuidanceBlock block, Recommendation recommendation, Product viewed, ReasonWording wording,
                       ShopperLocale shopper) {
        Product product = recommendation.getProduct();
        Sku sku = product.getDefaultSku();
        this.productId = product.getId();
        this.name = product.getName();
        this.url = product.getUrl();
        this.imageUrl = SkuDisplay.primaryImageUrl(sku);
        this.price = shopper.money(SkuDisplay.priceToPay(sku));
        List<ReasonText> worded = new ArrayList<ReasonText>();
        for (Reason reason : recommendation.getReasons()) {
            worded.add(wording.word(reason, viewed, product));
        }
        this.reasons = Collections.unmodifiableList(worded);
        this.tracked = new TrackedRecommendation(block, recommendation.getReasons().get(0).getKind(), productId);
    }

    public Long getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    /** The product's primary picture, or null when it has none. */
    public String getImageUrl() {
        return imageUrl;
    }

    /** The price the shopper pays, formatted for their locale. */
    public String getPrice() {
        return price;
    }

    public List<ReasonText> getReasons() {
        return reasons;
    }

    /**
     * The value of the link's {@code guidance} parameter ({@link GuidanceClicks#PARAMETER}), so the click and an add
     * to cart after it are counted for this block and lead reason.
     */
    public String getTracking() {
        return tracked.token();
    }

    TrackedRecommendation tracked() {
        return tracked;
    }
}
