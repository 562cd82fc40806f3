package io.concierge.core.guidance;

import io.concierge.core.kernel.orders.OrderEventType;
import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * What a later order event takes off guidance's revenue (CNC_GUIDANCE_DEDUCTION), one row per recorded event of an
 * order that holds an item added from a recommendation: a cancellation or a whole refund takes the order out of the
 * report, a refund in part takes its share of the order's total off the suggested items' revenue. Guidance keeps its
 * own rows (not loyalty's deductions): each capability works while the other is switched off or not installed.
 */
@Entity
@Table(name = RevenueDeductionImpl.TABLE)
public class RevenueDeductionImpl implements Serializable {

    static final String TABLE = "CNC_GUIDANCE_DEDUCTION";

    private static final long serialVersionUID = 1L;

    /** The order event's id: each event deducts once. */
    @Id
    @Column(name = "EVENT_ID")
    protected Long eventId;

    @Column(name = "ORDER_ID", nullable = false)
    @Index(name = "CNC_GUIDANCE_DEDUCTION_ORDER_INDEX", columnNames = {"ORDER_ID"})
    protected Long orderId;

    /** CANCELLED, REFUNDED or REFUNDED_IN_PART. */
    @Column(name = "KIND", nullable = false, length = 20)
    protected String kind;

    /** What a refund in part gave back, in the order's currency; null for the other kinds. */
    @Column(name = "AMOUNT", precision = 19, scale = 2)
    protected BigDecimal amount;

    public RevenueDeductionImpl() {
    }

    RevenueDeductionImpl(long eventId, long orderId, OrderEventType kind, BigDecimal amount) {
        this.eventId = eventId;
        this.orderId = orderId;
        this.kind = kind.name();
        this.amount = amount;
    }
}
