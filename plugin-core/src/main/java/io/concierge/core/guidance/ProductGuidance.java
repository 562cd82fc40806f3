package io.concierge.core.guidance;

import java.util.Collections;
import java.util.List;

/**
 * The two blocks beside a product, kept apart: complements ("Goes well with": cross-sale links and measured
 * co-purchases) and substitutes ("Consider instead": up-sale links), each at most {@value Guidance#MAX_PER_BLOCK}.
 */
public final class ProductGuidance {

    public static final ProductGuidance NONE = new ProductGuidance(Collections.<Recommendation>emptyList(),
            Collections.<Recommendation>emptyList());

    private final List<Recommendation> goesWellWith;
    private final List<Recommendation> considerInstead;

    ProductGuidance(List<Recommendation> goesWellWith, List<Recommendation> considerInstead) {
        this.goesWellWith = Collections.unmodifiableList(goesWellWith);
        this.considerInstead = Collections.unmodifiableList(considerInstead);
    }

    public List<Recommendation> getGoesWellWith() {
        return goesWellWith;
    }

    public List<Recommendation> getConsiderInstead() {
        return considerInstead;
    }

    public boolean isEmpty() {
        return goesWellWith.isEmpty() && considerInstead.isEmpty();
    }
}
