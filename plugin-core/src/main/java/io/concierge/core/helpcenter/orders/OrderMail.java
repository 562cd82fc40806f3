package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;

/**
 * The help center's proactive mails, one per kind of event that causes it; each is switched on or off in the
 * store's options ({@link HelpCenterOptions#isMailOn}) and written from the templates {@code helpcenter/order-…}.
 */
public enum OrderMail {

    CONFIRMATION(OrderEventType.PLACED, "confirmation"),
    DISPATCH(OrderEventType.SHIPPED, "dispatch"),
    DELAY(OrderEventType.DELAYED, "delay"),
    DELIVERED(OrderEventType.DELIVERED, "delivered"),
    CANCELLATION(OrderEventType.CANCELLED, "cancellation"),
    ADDRESS_CHANGE(OrderEventType.ADDRESS_CHANGED, "address-change"),
    RETURN_RECEIPT(OrderEventType.RETURN_REQUESTED, "return-receipt"),
    /** The receipt on a durable medium that EU law asks for: it confirms receipt, not acceptance. */
    WITHDRAWAL_RECEIPT(OrderEventType.WITHDRAWN, "withdrawal-receipt");

    /** The tag (slug) of the knowledge-base guide the delay mail links, when there is a visible one. */
    public static final String DELAY_GUIDE_TAG = "delivery-delay";

    private final OrderEventType cause;
    private final String key;

    OrderMail(OrderEventType cause, String key) {
        this.cause = cause;
        this.key = key;
    }

    /** @return the mail an event of this type makes, or null for a type that makes none */
    public static OrderMail causedBy(OrderEventType type) {
        for (OrderMail mail : values()) {
            if (mail.cause == type) {
                return mail;
            }
        }
        return null;
    }

    public String key() {
        return key;
    }

    /** The mail's templates, {@code helpcenter/order-confirmation-html.ftlh} and its siblings. */
    public String template() {
        return "helpcenter/order-" + key;
    }

    /** One event, one mail: {@code order-1234-event-56-dispatch}. */
    public String idempotencyKey(OrderEvent event) {
        return "order-" + event.getOrderId() + "-event-" + event.getId() + "-" + key;
    }
}
