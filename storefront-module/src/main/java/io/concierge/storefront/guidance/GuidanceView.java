package io.concierge.storefront.guidance;

import java.util.Collections;
import java.util.List;

/** A product's two guidance blocks as themes and the JSON API show them. */
public final class GuidanceView {

    static final GuidanceView EMPTY = new GuidanceView(null, Collections.<RecommendationCard>emptyList(),
            Collections.<RecommendationCard>emptyList());

    private final Long productId;
    private final List<RecommendationCard> goesWellWith;
    private final List<RecommendationCard> considerInstead;

    GuidanceView(Long productId, List<RecommendationCard> goesWellWith, List<RecommendationCard> considerInstead) {
        this.productId = productId;
        this.goesWellWith = goesWellWith;
        this.considerInstead = considerInstead;
    }

    public Long getProductId() {
        return productId;
    }

    /** Complements: cross-sale links and measured co-purchases. */
    public List<RecommendationCard> getGoesWellWith() {
        return goesWellWith;
    }

    /** Substitutes: the merchant's up-sale links. */
    public List<RecommendationCard> getConsiderInstead() {
        return considerInstead;
    }

    public boolean isEmpty() {
        return goesWellWith.isEmpty() && considerInstead.isEmpty();
    }
}
