package io.concierge.core.helpcenter.orders;

/** How far an order has come, as its events tell it (payment, delay and refund are told beside the stage). */
public enum OrderStage {
    /** No event yet: the order has not come through Concierge's checkout step. */
    NOT_PLACED,
    PLACED,
    PICKED,
    SHIPPED,
    OUT_FOR_DELIVERY,
    DELIVERED,
    RETURN_REQUESTED,
    RETURNED,
    CANCELLED
}
