package io.concierge.core.helpcenter.orders;

import java.util.Date;

/**
 * Whether the shipping address of an order may still be changed, or the order cancelled, by anyone (shopper, guest
 * or agent): only while its {@link ChangeWindow} is open, and a shopper only on their own order.
 */
public final class OrderChangeRules {

    private OrderChangeRules() {
    }

    /** @return why the change is refused, or null when it may be made now */
    public static ChangeRefusal refusal(OrderTimeline timeline, Requester requester, long orderCustomerId,
                                        HelpCenterOptions options, Date now) {
        if (requester.isStrangerTo(orderCustomerId)) {
            return new ChangeRefusal(ChangeRefusal.Reason.NOT_YOUR_ORDER, null);
        }
        OrderCareStatus status = timeline.status();
        if (!status.isPlaced()) {
            return new ChangeRefusal(ChangeRefusal.Reason.NOT_PLACED, null);
        }
        ChangeWindow window = timeline.changeWindow(options);
        if (window.isOpen(now)) {
            return null;
        }
        return window.isStageOpen() ? new ChangeRefusal(ChangeRefusal.Reason.CUT_OFF_PASSED, window.closesAt())
                : new ChangeRefusal(reasonOf(status.stage()), status.stageSince());
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
