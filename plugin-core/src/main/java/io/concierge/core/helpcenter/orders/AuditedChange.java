package io.concierge.core.helpcenter.orders;

/** What an audit entry records. */
public enum AuditedChange {
    /** The shipping address, with the shipping price and total it was re-priced to. */
    SHIPPING_ADDRESS,
    /** The order's cancellation, with its payments voided or refunded. */
    CANCELLATION,
    /** A return request: the items and the reason. */
    RETURN_REQUEST,
    /** The EU withdrawal: the items, and when it was received. */
    WITHDRAWAL,
    /** The refund of a return, through the payments' gateways. */
    REFUND,
    /** Part of what the order was paid, given back by a care agent through the payments' gateways. */
    PARTIAL_REFUND,
    /** An event a care agent recorded on the timeline. */
    TIMELINE_EVENT
}
