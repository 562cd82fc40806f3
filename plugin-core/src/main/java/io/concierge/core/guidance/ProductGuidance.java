package io.concierge.core.guidance;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.Collections;
import java.util.List;

/**
 * The two blocks beside a product, kept apart: complements ("Goes well with": cross-sale links and measured
 * co-purchases) and substitutes ("Consider instead": up-sale links), each at most {@value Guidance#MAX_PER_BLOCK}.
 */
public final class ProductGuidance {

    private final Product product;
    private final List<Recommendation> goesWellWith;
    private final List<Recommendation> considerInstead;

    ProductGuidance(Product product, List<Recommendation> goesWellWith, List<Recommendation> considerInstead) {
        this.product = product;
        this.goesWellWith = Collections.unmodifiableList(goesWellWith);
        this.considerInstead = Collections.unmodifiableList(considerInstead);
    }

    /** The viewed product. */
    public Product getProduct() {
        return product;
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
