package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;

/**
 * Order care's timeline: every source (checkout, care agents, the warehouse or carrier webhook, shoppers) records
 * an order's events here, and the order page and the admin read them back with what follows from them. Each source
 * states itself in the event: a care agent's is {@link NewOrderEvent#byAgent(OrderEventType, long)}, a webhook's
 * {@link NewOrderEvent#fromIntegration(OrderEventType, String)}; the rules are the same for all.
 */
public interface OrderTimelineService {

    /** An order's timeline; empty for an order without events (or without an order). */
    OrderTimeline timeline(long orderId);

    /**
     * Adds {@code event} to the order's timeline when it fits ({@link OrderEventRules}). An event whose sender
     * event id this source has already sent for this order is not recorded again: the answer is the earlier one.
     *
     * @throws UnknownOrderException when Broadleaf has no order with this id
     * @throws RefusedOrderEventException when the event does not fit; nothing was recorded
     */
    RecordedEvent record(long orderId, NewOrderEvent event) throws UnknownOrderException, RefusedOrderEventException;

    /**
     * Tells the {@link OrderEventListener}s (the order mails) of an event newly recorded, in the caller's
     * transaction; {@link #record} does it itself, the order changes call it for the events they record.
     */
    void announce(OrderEvent added);

    /** @return the id of the Broadleaf order with this number, or null */
    Long orderIdOf(String orderNumber);

    /** The store's options, or the defaults while its row is missing. */
    HelpCenterOptions options();

    /** Takes back what a checkout recorded for an order whose checkout then failed. */
    void forgetCheckout(long orderId);
}
