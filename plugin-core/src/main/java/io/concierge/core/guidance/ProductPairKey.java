package io.concierge.core.guidance;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * The id of a row about two products (a pair count, a rule, a hidden rule): the product and the other one. Embedded,
 * not an {@code @IdClass}: Broadleaf's start-up check of id generators needs an id property it can name.
 */
@Embeddable
public class ProductPairKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "PRODUCT_ID", nullable = false)
    protected Long productId;

    @Column(name = "OTHER_PRODUCT_ID", nullable = false)
    protected Long otherProductId;

    public ProductPairKey() {
    }

    public ProductPairKey(Long productId, Long otherProductId) {
        this.productId = productId;
        this.otherProductId = otherProductId;
    }

    public long getProductId() {
        return productId;
    }

    public long getOtherProductId() {
        return otherProductId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductPairKey && Objects.equals(productId, ((ProductPairKey) other).productId)
                && Objects.equals(otherProductId, ((ProductPairKey) other).otherProductId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, otherProductId);
    }
}
