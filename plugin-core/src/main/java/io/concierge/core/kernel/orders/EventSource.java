package io.concierge.core.kernel.orders;

/** Where an order event came from; a sender's event id is unique per order and source. */
public enum EventSource {

    /** Broadleaf's checkout workflow. */
    CHECKOUT,
    /** A care agent, through the admin. */
    AGENT,
    /** A warehouse or carrier, through the signed webhook. */
    WEBHOOK,
    /** A signed-in shopper, on the order page. */
    SHOPPER,
    /** A guest who looked the order up by number and e-mail. */
    GUEST;

    /** Shoppers and guests act on their own order; their requests go through the order's allowed actions. */
    public boolean isShopper() {
        return this == SHOPPER || this == GUEST;
    }
}
