package io.concierge.core.guidance;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.util.Collections;
import java.util.List;

/** A product offered beside the viewed one, with every reason there is to offer it. */
public final class Recommendation {

    private final Product product;
    private final List<Reason> reasons;

    Recommendation(Product product, List<Reason> reasons) {
        this.product = product;
        this.reasons = Collections.unmodifiableList(reasons);
    }

    public Product getProduct() {
        return product;
    }

    public List<Reason> getReasons() {
        return reasons;
    }
}
