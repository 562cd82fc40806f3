package io.concierge.core.kernel.orders;

/**
 * Keeps what cancellations and refunds take off an order ({@link OrderDeductionImpl}), for every capability that nets
 * them out. It hears each recorded event itself; a listener that reads the deductions at once (loyalty re-evaluates
 * the customer) records the event first, since listeners run in no set order.
 */
public interface OrderDeductions {

    /**
     * Keeps the deduction of a cancellation, a refund or a refund in part, in the caller's transaction (or a new one);
     * an event already kept, or of another type, changes nothing.
     */
    void record(OrderEvent event);
}
