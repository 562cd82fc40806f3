package io.concierge.core.helpcenter.faq;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.math.BigDecimal;

/** A Broadleaf product an FAQ entry is about, in the merchant's order. */
public interface FaqProductLink extends Serializable {

    Long getId();

    FaqEntry getEntry();

    void setEntry(FaqEntry entry);

    Product getProduct();

    void setProduct(Product product);

    BigDecimal getSequence();

    void setSequence(BigDecimal sequence);
}
