package io.concierge.core.helpcenter.orders;

/** No Broadleaf order has this id. */
public class UnknownOrderException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownOrderException(long orderId) {
        super("no order with id " + orderId);
    }
}
