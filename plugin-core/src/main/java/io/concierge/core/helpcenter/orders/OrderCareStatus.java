package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * Where an order stands for care, read from its events in the order they were recorded: its stage, whether it is
 * paid, delayed or refunded, the latest shipment details and delivery estimate.
 */
public final class OrderCareStatus {

    private OrderStage stage = OrderStage.NOT_PLACED;
    private boolean paid;
    private boolean refunded;
    private boolean delayed;
    private String delayReason;
    private Date placedAt;
    private Date stageSince;
    private Date deliveredAt;
    private String carrier;
    private String trackingNumber;
    private String trackingUrl;
    private LocalDate estimatedDelivery;
    private boolean withdrawn;
    private Date returnRequestedAt;
    private ReturnedItems returnedItems;
    private String returnReason;

    private OrderCareStatus() {
    }

    public static OrderCareStatus of(List<? extends OrderEvent> events) {
        OrderCareStatus status = new OrderCareStatus();
        for (OrderEvent event : events) {
            status.apply(event);
        }
        return status;
    }

    private void apply(OrderEvent event) {
        OrderStage stageBefore = stage;
        switch (event.getType()) {
            case PLACED:
                stage = OrderStage.PLACED;
                placedAt = event.getOccurredAt();
                break;
            case PAID:
                paid = true;
                break;
            case PICKED:
                progress(OrderStage.PICKED);
                break;
            case SHIPPED:
                progress(OrderStage.SHIPPED);
                carrier = event.getCarrier();
                trackingNumber = event.getTrackingNumber();
                trackingUrl = event.getTrackingUrl();
                estimatedDelivery = event.getEstimatedDelivery();
                break;
            case OUT_FOR_DELIVERY:
                progress(OrderStage.OUT_FOR_DELIVERY);
                break;
            case DELIVERED:
                progress(OrderStage.DELIVERED);
                deliveredAt = event.getOccurredAt();
                break;
            case DELAYED:
                delayed = true;
                delayReason = event.getReason();
                if (event.getEstimatedDelivery() != null) {
                    estimatedDelivery = event.getEstimatedDelivery();
                }
                break;
            case ADDRESS_CHANGED:
            case REFUNDED_IN_PART:
                break;
            case CANCELLED:
                progress(OrderStage.CANCELLED);
                break;
            case RETURN_REQUESTED:
            case WITHDRAWN:
                stage = OrderStage.RETURN_REQUESTED;
                withdrawn = event.getType() == OrderEventType.WITHDRAWN;
                returnRequestedAt = event.getOccurredAt();
                returnedItems = event.getReturnedItems();
                returnReason = event.getReason();
                break;
            case RETURN_RECEIVED:
                stage = OrderStage.RETURNED;
                break;
            case REFUNDED:
                refunded = true;
                break;
            default:
                throw new IllegalStateException("unknown order event type " + event.getType());
        }
        if (stage != stageBefore) {
            stageSince = event.getOccurredAt();
        }
    }

    /** A parcel that moves on is no longer late; the estimate stays until a newer one comes. */
    private void progress(OrderStage next) {
        stage = next;
        delayed = false;
        delayReason = null;
    }

    public OrderStage stage() {
        return stage;
    }

    public boolean isPlaced() {
        return stage != OrderStage.NOT_PLACED;
    }

    public boolean isPaid() {
        return paid;
    }

    public boolean isRefunded() {
        return refunded;
    }

    /** Late, and not delivered yet. */
    public boolean isDelayed() {
        return delayed;
    }

    public String delayReason() {
        return delayReason;
    }

    public Date placedAt() {
        return placedAt == null ? null : new Date(placedAt.getTime());
    }

    /** When the order reached its stage. */
    public Date stageSince() {
        return stageSince == null ? null : new Date(stageSince.getTime());
    }

    public Date deliveredAt() {
        return deliveredAt == null ? null : new Date(deliveredAt.getTime());
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String trackingUrl() {
        return trackingUrl;
    }

    public LocalDate estimatedDelivery() {
        return estimatedDelivery;
    }

    /** Whether the return was the EU withdrawal (no reason needed) rather than a return request. */
    public boolean isWithdrawn() {
        return withdrawn;
    }

    /** When the return was asked for or the withdrawal declared; null before. */
    public Date returnRequestedAt() {
        return returnRequestedAt == null ? null : new Date(returnRequestedAt.getTime());
    }

    /** What the return or the withdrawal covers; null before, or when the source did not say. */
    public ReturnedItems returnedItems() {
        return returnedItems;
    }

    public String returnReason() {
        return returnReason;
    }
}
