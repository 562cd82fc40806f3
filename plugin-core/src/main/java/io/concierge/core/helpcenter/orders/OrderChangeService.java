package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.ReturnedItems;

import java.math.BigDecimal;
import java.util.List;

/**
 * Self-service and care-agent changes to a placed order, applied at once to Broadleaf's order: a new shipping
 * address (re-priced) or the cancellation (payments voided or refunded), only while the order's
 * {@link ChangeWindow} is open; a return request or the EU withdrawal after delivery, and a return's refund
 * ({@link OrderChangeRules}). Each change appends its event to the order's timeline
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

    /**
     * Asks to return {@code items} of a delivered order, within the return window, for one of the merchant's
     * reasons; records "return requested" with the items and the reason's label, which sends the return receipt.
     *
     * @return made; or invalid (items, reason); or refused with the reason and since when
     * @throws UnknownOrderException when Broadleaf has no order with this id
     */
    ChangeOutcome requestReturn(long orderId, Requester requester, ReturnedItems items, Long reasonId)
            throws UnknownOrderException;

    /**
     * The EU right of withdrawal for {@code items} of a delivered order, within 14 days after delivery, no reason
     * asked; records "withdrawn", which sends the receipt with the time it was received.
     *
     * @return made; or invalid (items); or refused with the reason and since when
     * @throws UnknownOrderException when Broadleaf has no order with this id
     */
    ChangeOutcome withdraw(long orderId, Requester requester, ReturnedItems items) throws UnknownOrderException;

    /**
     * A care agent refunds a return that came back: what the returned items were paid, through the payments'
     * gateways, and "refunded" on the timeline.
     *
     * @return made, or refused (not received yet, not paid, refunded already)
     * @throws UnknownOrderException when Broadleaf has no order with this id
     */
    ChangeOutcome refundReturn(long orderId, Requester requester) throws UnknownOrderException;

    /**
     * A care agent gives back part of what the order was paid (a damaged item the shopper keeps, a late parcel),
     * through the payments' gateways, and records "refunded in part" with the amount on the timeline.
     *
     * @return made; or invalid on {@link OrderChangeRules#AMOUNT} (not a sum of money, or more than is left to
     *         refund); or refused (not an agent, not paid, cancelled, refunded already)
     * @throws UnknownOrderException when Broadleaf has no order with this id
     */
    ChangeOutcome refundInPart(long orderId, Requester requester, BigDecimal amount) throws UnknownOrderException;

    /** Returns and withdrawals waiting for the goods or the refund, oldest first, at most {@code max}. */
    List<OpenReturn> openReturns(int max);

    /** The reasons a shopper may give for a return, in the merchant's order; empty when the merchant lists none. */
    List<ReturnReason> returnReasons();

    /** Every change to the order by shoppers, guests and agents, oldest first. */
    List<OrderAuditEntry> auditTrail(long orderId);
}
