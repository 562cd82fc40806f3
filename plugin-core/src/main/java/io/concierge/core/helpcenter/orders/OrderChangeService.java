package io.concierge.core.helpcenter.orders;

import java.util.List;

/**
 * Self-service and care-agent changes to a placed order, applied at once to Broadleaf's order: a new shipping
 * address (re-priced) or the cancellation (payments voided or refunded). Either only while the order's
 * {@link ChangeWindow} is open ({@link OrderChangeRules}). Each change appends its event to the order's timeline
 * in the same transaction, so a change racing a "picked" or "shipped" event from another node is either made
 * before it or refused after it; and each is written to the order's audit trail.
 */
public interface OrderChangeService {

    /**
     * Ships the order to {@code address} and re-prices it through Broadleaf's pricing.
     *
     * @return made; or invalid with field errors; or refused with the reason and since when. Only "made" changed
     *         anything
     * @throws UnknownOrderException when Broadleaf has no order with this id
     */
    ChangeOutcome changeShippingAddress(long orderId, Requester requester, NewAddress address)
            throws UnknownOrderException;

    /**
     * Cancels the order in Broadleaf (status CANCELLED), voids or refunds its payments through their gateways and
     * records "cancelled" on the timeline.
     *
     * @return made, or refused with the reason and since when (then nothing changed)
     * @throws UnknownOrderException when Broadleaf has no order with this id
     */
    ChangeOutcome cancel(long orderId, Requester requester) throws UnknownOrderException;

    /** Every change to the order by shoppers, guests and agents, oldest first. */
    List<OrderAuditEntry> auditTrail(long orderId);
}
