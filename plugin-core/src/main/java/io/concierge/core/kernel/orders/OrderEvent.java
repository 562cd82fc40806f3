package io.concierge.core.kernel.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/** One recorded step of an order's timeline. Details that do not belong to the type are null. */
public interface OrderEvent {

    Long getId();

    /** The Broadleaf order's id. */
    long getOrderId();

    /** 1 for the order's first event, then 2, 3…: the timeline's order. */
    int getPosition();

    OrderEventType getType();

    /** When it happened, as the source says (to the second). */
    Date getOccurredAt();

    /** When Concierge recorded it (to the second). */
    Date getRecordedAt();

    EventSource getSource();

    Actor getActor();

    /** The sender's own id for this event, unique per order and source; null when the source gave none. */
    String getSenderEventId();

    String getCarrier();

    String getTrackingNumber();

    /** An http(s) address only. */
    String getTrackingUrl();

    LocalDate getEstimatedDelivery();

    /** What a return request or a withdrawal covers; null for other events. */
    ReturnedItems getReturnedItems();

    /** What a refund in part gave back, in the order's currency; null for other events. */
    BigDecimal getAmount();

    /** Why the order is delayed (or cancelled, refunded, returned, when the source says). */
    String getReason();
}
