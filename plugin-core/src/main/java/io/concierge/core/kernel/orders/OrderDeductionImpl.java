package io.concierge.core.kernel.orders;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * What an order event takes off an order (CNC_ORDER_DEDUCTION), one row per recorded event: a cancellation or a whole
 * refund takes the order out, a refund in part takes its amount off the order's total. Kept by the kernel, since an
 * order event from the webhook need not change Broadleaf's order; loyalty's standing and guidance's revenue read it.
 */
@Entity
@Table(name = OrderDeductionImpl.TABLE)
public class OrderDeductionImpl implements Serializable {

    public static final String TABLE = "CNC_ORDER_DEDUCTION";

    private static final long serialVersionUID = 1L;

    /** The order event's id: each event deducts once. */
    @Id
    @Column(name = "EVENT_ID")
    protected Long eventId;

    @Column(name = "ORDER_ID", nullable = false)
    @Index(name = "CNC_ORDER_DEDUCTION_ORDER_INDEX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    /** CANCELLED, REFUNDED or REFUNDED_IN_PART. */
    @Column(name = "KIND", nullable = false, length = 20)
    protected String kind;

    /** What a refund in part gave back, in the order's currency; null for the other kinds. */
    @Column(name = "AMOUNT", precision = 19, scale = 2)
    protected BigDecimal amount;

    public OrderDeductionImpl() {
    }

    OrderDeductionImpl(OrderEvent event) {
        this.eventId = event.getId();
        this.orderId = event.getOrderId();
        this.kind = event.getType().name();
        this.amount = OrderEventType.REFUNDED_IN_PART.equals(event.getType()) ? event.getAmount() : null;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public OrderEventType getKind() {
        return OrderEventType.valueOf(kind);
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
