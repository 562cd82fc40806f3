package io.concierge.core.kb;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.math.BigDecimal;

/** One Broadleaf product shown on a guide, at a position chosen by the editor. */
public interface GuideProductLink extends Serializable {

    Long getId();

    Guide getGuide();

    void setGuide(Guide guide);

    Product getProduct();

    void setProduct(Product product);

    BigDecimal getSequence();

    void setSequence(BigDecimal sequence);
}
