package io.concierge.core.loyalty;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/**
 * An order event as the timeline announces it to its listeners: a refund in part of an amount (order care alone
 * records those, through a real refund), or with {@link #ofType} another type.
 */
final class RefundEvent implements OrderEvent {

    private final long id;
    private final long orderId;
    private final BigDecimal amount;
    private OrderEventType type = OrderEventType.REFUNDED_IN_PART;

    RefundEvent(long id, long orderId, BigDecimal amount) {
        this.id = id;
        this.orderId = orderId;
        this.amount = amount;
    }

    RefundEvent ofType(OrderEventType other) {
        this.type = other;
        return this;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getOrderId() {
        return orderId;
    }

    @Override
    public int getPosition() {
        return 2;
    }

    @Override
    public OrderEventType getType() {
        return type;
    }

    @Override
    public Date getOccurredAt() {
        return new Date();
    }

    @Override
    public Date getRecordedAt() {
        return new Date();
    }

    @Override
    public EventSource getSource() {
        return null;
    }

    @Override
    public Actor getActor() {
        return null;
    }

    @Override
    public String getSenderEventId() {
        return null;
    }

    @Override
    public String getCarrier() {
        return null;
    }

    @Override
    public String getTrackingNumber() {
        return null;
    }

    @Override
    public String getTrackingUrl() {
        return null;
    }

    @Override
    public LocalDate getEstimatedDelivery() {
        return null;
    }

    @Override
    public ReturnedItems getReturnedItems() {
        return null;
    }

    @Override
    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String getReason() {
        return null;
    }
}
