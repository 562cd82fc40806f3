package io.concierge.core.guidance;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * An order item the shopper put in the cart from a recommendation (CNC_GUIDANCE_SUGGESTED_ITEM), with the block and
 * lead reason it was followed from; when its order is placed, the day and the item's revenue (Broadleaf's price of
 * the item times its quantity) are set, once. Broadleaf's order and order item are referenced by id.
 */
@Entity
@Table(name = SuggestedItemImpl.TABLE)
public class SuggestedItemImpl implements Serializable {

    static final String TABLE = "CNC_GUIDANCE_SUGGESTED_ITEM";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ORDER_ITEM_ID")
    protected Long orderItemId;

    @Column(name = "ORDER_ID", nullable = false)
    @Index(name = "CNC_GUIDANCE_SUGGESTED_ORDER_INDEX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    @Column(name = "PRODUCT_ID", nullable = false)
    protected Long productId;

    @Column(name = "BLOCK", nullable = false, length = 20)
    protected String block;

    @Column(name = "REASON", nullable = false, length = 20)
    protected String reason;

    @Column(name = "ADDED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date addedAt;

    /** The day its order was placed; null while it is in a cart. */
    @Column(name = "SOLD_ON")
    @Temporal(TemporalType.DATE)
    @Index(name = "CNC_GUIDANCE_SUGGESTED_SOLD_INDEX", columnNames = {"SOLD_ON"})
    protected Date soldOn;

    @Column(name = "REVENUE", precision = 19, scale = 5)
    protected BigDecimal revenue;
}
