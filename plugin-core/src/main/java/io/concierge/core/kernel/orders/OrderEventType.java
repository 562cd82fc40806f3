package io.concierge.core.kernel.orders;

/** What can happen to an order after the shopper placed it, as its timeline tells it. */
public enum OrderEventType {

    PLACED("placed"),
    PAID("paid"),
    PICKED("picked"),
    /** Carries the carrier, the tracking number and link, and the delivery estimate. */
    SHIPPED("shipped"),
    OUT_FOR_DELIVERY("out_for_delivery"),
    DELIVERED("delivered"),
    /** Carries the reason and, when known, the new delivery estimate. */
    DELAYED("delayed"),
    /** The shipping address was changed by order care (shopper or agent), which alone records it. */
    ADDRESS_CHANGED("address_changed"),
    CANCELLED("cancelled"),
    /** Carries the items to return and the reason the shopper chose. */
    RETURN_REQUESTED("return_requested"),
    /** The EU right of withdrawal exercised: carries the items, needs no reason. */
    WITHDRAWN("withdrawn"),
    RETURN_RECEIVED("return_received"),
    REFUNDED("refunded"),
    /**
     * A care agent gave back part of what the order was paid (a damaged item the shopper keeps, say): carries the
     * amount. Recorded by order care with the refund, which alone records it; the order may still be refunded whole.
     */
    REFUNDED_IN_PART("refunded_in_part");

    private final String key;

    OrderEventType(String key) {
        this.key = key;
    }

    /** The name in JSON (the webhook) and in message keys. */
    public String key() {
        return key;
    }

    /** @return the type named {@code key}, or null when there is none */
    public static OrderEventType fromKey(String key) {
        for (OrderEventType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        return null;
    }
}
