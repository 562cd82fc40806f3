package io.concierge.core.loyalty;

import io.concierge.core.kernel.orders.OrderEventType;
import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * What an order event takes off an order's weight in the standing (CNC_LOYALTY_DEDUCTION), one row per recorded
 * event: a cancellation or a whole refund takes the order out, a refund in part takes its amount off the order's
 * total. Kept by loyalty itself, since an order event from the webhook need not change Broadleaf's order.
 */
@Entity
@Table(name = "CNC_LOYALTY_DEDUCTION")
public class LoyaltyDeductionImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The order event's id: each event deducts once. */
    @Id
    @Column(name = "EVENT_ID")
    protected Long eventId;

    @Column(name = "ORDER_ID", nullable = false)
    @Index(name = "CNC_LOYALTY_DEDUCTION_ORDER_INDEX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    /** CANCELLED, REFUNDED or REFUNDED_IN_PART. */
    @Column(name = "KIND", nullable = false, length = 20)
    protected String kind;

    /** The amount given back by a refund in part; null otherwise. */
    @Column(name = "AMOUNT", precision = 19, scale = 2)
    protected BigDecimal amount;

    public LoyaltyDeductionImpl() {
    }

    LoyaltyDeductionImpl(long eventId, long orderId, OrderEventType kind, BigDecimal amount) {
        this.eventId = eventId;
        this.orderId = orderId;
        this.kind = kind.name();
        this.amount = amount;
    }
}
