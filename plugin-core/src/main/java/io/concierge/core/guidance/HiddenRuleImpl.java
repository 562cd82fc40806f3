package io.concierge.core.guidance;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EmbeddedId;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A mined pair the merchant marked as wrong (CNC_GUIDANCE_HIDDEN_RULE): the storefront never shows it, whatever later
 * runs measure, until the merchant shows it again.
 */
@Entity
@Table(name = "CNC_GUIDANCE_HIDDEN_RULE")
public class HiddenRuleImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The viewed product, and the recommended one. */
    @EmbeddedId
    @AttributeOverride(name = "otherProductId", column = @Column(name = "RECOMMENDED_PRODUCT_ID", nullable = false))
    protected ProductPairKey id;

    @Column(name = "HIDDEN_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date hiddenAt;

    @Column(name = "HIDDEN_BY", length = 255)
    protected String hiddenBy;

    public HiddenRuleImpl() {
    }

    HiddenRuleImpl(long productId, long recommendedProductId, Date hiddenAt, String hiddenBy) {
        this.id = new ProductPairKey(productId, recommendedProductId);
        this.hiddenAt = hiddenAt;
        this.hiddenBy = hiddenBy;
    }
}
