package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.EventSource;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.Map;

/**
 * Whether a change may be made to an order, by anyone (shopper, guest or agent), a shopper only on their own order:
 * the shipping address or the cancellation only while its {@link ChangeWindow} is open; a return request or the EU
 * withdrawal once, on a delivered order, within its period after delivery; a return's refund (agents only) once the
 * return came back, for a paid order; a refund in part (agents only) of a paid order not cancelled nor refunded, up to
 * what is left to refund.
 */
public final class OrderChangeRules {

    /** The field of a refund in part's amount, and its problems' message keys. */
    public static final String AMOUNT = "amount";
    public static final String BAD_AMOUNT = "helpcenter.orders.invalid.amount";
    public static final String AMOUNT_OVER_PAID = "helpcenter.orders.invalid.amountOverPaid";

    private OrderChangeRules() {
    }

    /** @return why the change is refused, or null when it may be made now */
    public static ChangeRefusal refusal(OrderTimeline timeline, Requester requester, long orderCustomerId,
                                        HelpCenterOptions options, Date now) {
        ChangeRefusal refusal = ownPlacedOrderRefusal(timeline, requester, orderCustomerId);
        if (refusal != null) {
            return refusal;
        }
        OrderCareStatus status = timeline.status();
        ChangeWindow window = timeline.changeWindow(options);
        if (window.isOpen(now) || requester.mayActPastDeadline()
                && (status.stage() == OrderStage.PLACED || status.stage() == OrderStage.PICKED)) {
            return null;
        }
        return window.isStageOpen() ? new ChangeRefusal(ChangeRefusal.Reason.CUT_OFF_PASSED, window.closesAt())
                : new ChangeRefusal(reasonOf(status.stage()), status.stageSince());
    }

    /** @return why a return request ({@link ShopperAction#REQUEST_RETURN}) or a withdrawal is refused, or null */
    public static ChangeRefusal returnRefusal(ShopperAction action, OrderTimeline timeline, Requester requester,
                                              long orderCustomerId, HelpCenterOptions options, Date now) {
        ChangeRefusal refusal = ownPlacedOrderRefusal(timeline, requester, orderCustomerId);
        if (refusal != null) {
            return refusal;
        }
        OrderCareStatus status = timeline.status();
        switch (status.stage()) {
            case DELIVERED:
                break;
            case CANCELLED:
                return new ChangeRefusal(ChangeRefusal.Reason.CANCELLED, status.stageSince());
            case RETURN_REQUESTED:
            case RETURNED:
                return new ChangeRefusal(ChangeRefusal.Reason.RETURN_ALREADY_REQUESTED, status.returnRequestedAt());
            default:
                return new ChangeRefusal(ChangeRefusal.Reason.NOT_DELIVERED, null);
        }
        if (timeline.allowedActions(options, now).contains(action)) {
            return null;
        }
        return new ChangeRefusal(action == ShopperAction.WITHDRAW ? ChangeRefusal.Reason.WITHDRAWAL_PERIOD_OVER
                : ChangeRefusal.Reason.RETURN_WINDOW_CLOSED, action.closesAt(status, options));
    }

    /** @return why a care agent may not refund the order's return now, or null */
    public static ChangeRefusal refundRefusal(OrderTimeline timeline, Requester requester) {
        return requester.source() != EventSource.AGENT ? new ChangeRefusal(ChangeRefusal.Reason.AGENTS_ONLY, null)
                : refundRefusal(timeline);
    }

    /** @return why the order's return may not be refunded now, by anyone, or null */
    public static ChangeRefusal refundRefusal(OrderTimeline timeline) {
        OrderCareStatus status = timeline.status();
        if (status.isRefunded()) {
            return new ChangeRefusal(ChangeRefusal.Reason.ALREADY_REFUNDED, null);
        }
        if (status.stage() != OrderStage.RETURNED) {
            return new ChangeRefusal(ChangeRefusal.Reason.NO_RETURN_RECEIVED, null);
        }
        return status.isPaid() ? null : new ChangeRefusal(ChangeRefusal.Reason.NOT_PAID, null);
    }

    /** @return why a care agent may not give back part of what the order was paid now, or null */
    public static ChangeRefusal partialRefundRefusal(OrderTimeline timeline, Requester requester) {
        if (requester.source() != EventSource.AGENT) {
            return new ChangeRefusal(ChangeRefusal.Reason.AGENTS_ONLY, null);
        }
        OrderCareStatus status = timeline.status();
        if (!status.isPlaced()) {
            return new ChangeRefusal(ChangeRefusal.Reason.NOT_PLACED, null);
        }
        if (status.stage() == OrderStage.CANCELLED) {
            return new ChangeRefusal(ChangeRefusal.Reason.CANCELLED, status.stageSince());
        }
        if (status.isRefunded()) {
            return new ChangeRefusal(ChangeRefusal.Reason.ALREADY_REFUNDED, null);
        }
        return status.isPaid() ? null : new ChangeRefusal(ChangeRefusal.Reason.NOT_PAID, null);
    }

    /**
     * @param refundable what the order's payments captured and have not refunded yet
     * @return {@link #AMOUNT} to a message key when the amount is not a positive sum in cents or exceeds what is
     *         left to refund; else empty
     */
    public static Map<String, String> refundAmountViolations(BigDecimal amount, BigDecimal refundable) {
        String problem = amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 ? BAD_AMOUNT
                : amount.compareTo(refundable) > 0 ? AMOUNT_OVER_PAID : null;
        return problem == null ? Collections.<String, String>emptyMap() : Collections.singletonMap(AMOUNT, problem);
    }

    private static ChangeRefusal ownPlacedOrderRefusal(OrderTimeline timeline, Requester requester,
                                                       long orderCustomerId) {
        if (requester.isStrangerTo(orderCustomerId)) {
            return new ChangeRefusal(ChangeRefusal.Reason.NOT_YOUR_ORDER, null);
        }
        return timeline.status().isPlaced() ? null : new ChangeRefusal(ChangeRefusal.Reason.NOT_PLACED, null);
    }

    /** The stage that closed the window. */
    private static ChangeRefusal.Reason reasonOf(OrderStage stage) {
        switch (stage) {
            case CANCELLED:
                return ChangeRefusal.Reason.CANCELLED;
            case SHIPPED:
                return ChangeRefusal.Reason.SHIPPED;
            case OUT_FOR_DELIVERY:
                return ChangeRefusal.Reason.OUT_FOR_DELIVERY;
            case DELIVERED:
            case RETURN_REQUESTED:
            case RETURNED:
                return ChangeRefusal.Reason.DELIVERED;
            default:
                return ChangeRefusal.Reason.PICKED;
        }
    }
}
