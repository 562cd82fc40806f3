package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;

import java.util.List;

/** Reads and adds order events; events are never changed. */
public interface OrderEventDao {

    /** In the order they were recorded. */
    List<OrderEvent> readForOrder(long orderId);

    /** @return the event this source sent under this id for this order, or null */
    OrderEvent readBySender(long orderId, EventSource source, String senderEventId);

    /** Return requests and withdrawals of orders not refunded yet, oldest first, at most {@code max}. */
    List<OrderEvent> readOpenReturns(int max);

    OrderEvent add(OrderEventImpl event);

    /** @return how many of the order's events from this source were removed */
    int deleteFromSource(long orderId, EventSource source);
}
