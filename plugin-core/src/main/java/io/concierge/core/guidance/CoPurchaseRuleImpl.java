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
 * A mined rule as stored (CNC_GUIDANCE_RULE): orders with the product also held the other one, with the counts it
 * was measured from and when. Rewritten whole by every mining run; the merchant's verdicts live apart, in
 * {@link HiddenRuleImpl}, so they outlast the runs.
 */
@Entity
@Table(name = CoPurchaseRuleImpl.TABLE)
public class CoPurchaseRuleImpl implements Serializable {

    static final String TABLE = "CNC_GUIDANCE_RULE";

    private static final long serialVersionUID = 1L;

    /** The viewed product, and the recommended one. */
    @EmbeddedId
    @AttributeOverride(name = "otherProductId", column = @Column(name = "RECOMMENDED_PRODUCT_ID", nullable = false))
    protected ProductPairKey id;

    @Column(name = "ORDERS_TOGETHER", nullable = false)
    protected Long ordersTogether;

    @Column(name = "PRODUCT_ORDERS", nullable = false)
    protected Long productOrders;

    @Column(name = "RECOMMENDED_ORDERS", nullable = false)
    protected Long recommendedOrders;

    @Column(name = "TOTAL_ORDERS", nullable = false)
    protected Long totalOrders;

    @Column(name = "COMPUTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date computedAt;

    public CoPurchaseRule toRule() {
        return new CoPurchaseRule(id.getProductId(), id.getOtherProductId(), ordersTogether, productOrders, recommendedOrders,
                totalOrders);
    }

    public Date getComputedAt() {
        return computedAt;
    }
}
