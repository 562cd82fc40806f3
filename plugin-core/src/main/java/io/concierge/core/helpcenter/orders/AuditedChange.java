package io.concierge.core.helpcenter.orders;

/** What an audit entry records. */
public enum AuditedChange {
    /** The shipping address, with the shipping price and total it was re-priced to. */
    SHIPPING_ADDRESS,
    /** The order's cancellation, with its payments voided or refunded. */
    CANCELLATION,
    /** An event a care agent recorded on the timeline. */
    TIMELINE_EVENT
}
