package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Which event may come next on an order's timeline, whoever sends it. An event that does not fit gets a
 * {@link Refusal} and is not recorded: nothing ships after a cancellation, nothing is delivered before it shipped,
 * a delay is told only before delivery, a refund only for a paid order that was cancelled or came back. Shoppers
 * and guests may only cancel and ask for a return, within what their order's status allows.
 */
public final class OrderEventRules {

    /** How far ahead of this node's clock a sender's clock may run. */
    static final long CLOCK_SKEW_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private OrderEventRules() {
    }

    /** @return why {@code event} may not follow the events behind {@code status}, or null when it may */
    public static Refusal refusal(OrderCareStatus status, NewOrderEvent event, HelpCenterOptions options, Date now) {
        Refusal details = detailsRefusal(event, now);
        if (details != null) {
            return details;
        }
        Refusal source = sourceRefusal(status, event, options, now);
        return source != null ? source : transitionRefusal(status, event);
    }

    private static Refusal detailsRefusal(NewOrderEvent event, Date now) {
        if (tooLong(event.senderEventId(), OrderEventImpl.MAX_SENDER_EVENT_ID_LENGTH)
                || tooLong(event.carrier(), OrderEventImpl.MAX_CARRIER_LENGTH)
                || tooLong(event.trackingNumber(), OrderEventImpl.MAX_TRACKING_NUMBER_LENGTH)
                || tooLong(event.trackingUrl(), OrderEventImpl.MAX_TRACKING_URL_LENGTH)
                || tooLong(event.reason(), OrderEventImpl.MAX_REASON_LENGTH)
                || (event.returnedItems() != null
                        && event.returnedItems().toString().length() > ReturnedItems.MAX_TEXT_LENGTH)
                || tooLong(event.actor().id(), Actor.MAX_ID_LENGTH)) {
            return Refusal.DETAIL_TOO_LONG;
        }
        if (event.trackingUrl() != null && !isHttpAddress(event.trackingUrl())) {
            return Refusal.TRACKING_LINK_NOT_HTTP;
        }
        if (event.type() == OrderEventType.DELAYED && event.reason() == null) {
            return Refusal.DELAY_NEEDS_REASON;
        }
        if (event.occurredAt() != null && event.occurredAt().getTime() > now.getTime() + CLOCK_SKEW_MILLIS) {
            return Refusal.IN_THE_FUTURE;
        }
        return null;
    }

    private static Refusal sourceRefusal(OrderCareStatus status, NewOrderEvent event, HelpCenterOptions options,
                                         Date now) {
        if (event.type() == OrderEventType.PLACED && event.source() != EventSource.CHECKOUT) {
            return Refusal.ONLY_AT_CHECKOUT;
        }
        if (event.type() == OrderEventType.ADDRESS_CHANGED || event.type() == OrderEventType.REFUNDED_IN_PART) {
            return Refusal.ONLY_WITH_THE_CHANGE;
        }
        if (!event.source().isShopper() || !status.isPlaced()) {
            return null;
        }
        Set<ShopperAction> allowed = ShopperAction.allowed(status, options, now);
        switch (event.type()) {
            case CANCELLED:
                return allowed.contains(ShopperAction.CANCEL) || !isBefore(status, OrderStage.SHIPPED)
                        ? null : Refusal.CHANGE_DEADLINE_PASSED;
            case RETURN_REQUESTED:
                return allowed.contains(ShopperAction.REQUEST_RETURN)
                        || status.stage() != OrderStage.DELIVERED ? null : Refusal.RETURN_WINDOW_CLOSED;
            case WITHDRAWN:
                return allowed.contains(ShopperAction.WITHDRAW)
                        || status.stage() != OrderStage.DELIVERED ? null : Refusal.WITHDRAWAL_PERIOD_OVER;
            default:
                return Refusal.NOT_FOR_SHOPPERS;
        }
    }

    private static Refusal transitionRefusal(OrderCareStatus status, NewOrderEvent event) {
        OrderStage stage = status.stage();
        if (event.type() == OrderEventType.PLACED) {
            return status.isPlaced() ? Refusal.ALREADY_PLACED : null;
        }
        if (!status.isPlaced()) {
            return Refusal.NOT_PLACED;
        }
        if (stage == OrderStage.CANCELLED && event.type() != OrderEventType.REFUNDED) {
            return Refusal.CANCELLED;
        }
        switch (event.type()) {
            case PAID:
                return status.isPaid() ? Refusal.ALREADY_PAID : null;
            case PICKED:
                return stage == OrderStage.PLACED ? null
                        : stage == OrderStage.PICKED ? Refusal.ALREADY_PICKED : beyondShipping(stage);
            case SHIPPED:
                return isBefore(status, OrderStage.SHIPPED) ? null : beyondShipping(stage);
            case OUT_FOR_DELIVERY:
                return stage == OrderStage.SHIPPED ? null
                        : isBefore(status, OrderStage.SHIPPED) ? Refusal.NOT_SHIPPED
                        : stage == OrderStage.OUT_FOR_DELIVERY ? Refusal.ALREADY_OUT_FOR_DELIVERY : Refusal.ALREADY_DELIVERED;
            case DELIVERED:
                return stage == OrderStage.SHIPPED || stage == OrderStage.OUT_FOR_DELIVERY ? null
                        : isBefore(status, OrderStage.SHIPPED) ? Refusal.NOT_SHIPPED : Refusal.ALREADY_DELIVERED;
            case DELAYED:
                return isBefore(status, OrderStage.DELIVERED) ? null : Refusal.ALREADY_DELIVERED;
            case CANCELLED:
                return isBefore(status, OrderStage.SHIPPED) ? null : Refusal.ALREADY_SHIPPED;
            case RETURN_REQUESTED:
            case WITHDRAWN:
                return stage == OrderStage.DELIVERED ? null
                        : isBefore(status, OrderStage.DELIVERED) ? Refusal.NOT_DELIVERED : Refusal.RETURN_ALREADY_REQUESTED;
            case RETURN_RECEIVED:
                return stage == OrderStage.RETURN_REQUESTED ? null : Refusal.NO_RETURN_REQUESTED;
            case REFUNDED:
                return !status.isPaid() ? Refusal.NOT_PAID
                        : status.isRefunded() ? Refusal.ALREADY_REFUNDED
                        : stage == OrderStage.CANCELLED || stage == OrderStage.RETURNED ? null : Refusal.NOTHING_TO_REFUND;
            case REFUNDED_IN_PART:
                return !status.isPaid() ? Refusal.NOT_PAID : status.isRefunded() ? Refusal.ALREADY_REFUNDED : null;
            default:
                throw new IllegalStateException("unknown order event type " + event.type());
        }
    }

    /** Whether the order is placed and has not reached {@code stage} on its way to the shopper. */
    private static boolean isBefore(OrderCareStatus status, OrderStage stage) {
        OrderStage current = status.stage();
        return current != OrderStage.CANCELLED && current.ordinal() < stage.ordinal();
    }

    private static Refusal beyondShipping(OrderStage stage) {
        return stage == OrderStage.SHIPPED ? Refusal.ALREADY_SHIPPED
                : stage == OrderStage.OUT_FOR_DELIVERY ? Refusal.ALREADY_OUT_FOR_DELIVERY : Refusal.ALREADY_DELIVERED;
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    /** A tracking link is shown to shoppers as a link: an absolute http(s) address, nothing a browser would run. */
    static boolean isHttpAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
