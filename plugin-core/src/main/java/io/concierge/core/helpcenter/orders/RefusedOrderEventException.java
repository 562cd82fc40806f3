package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEventType;

/** An event that does not fit the order's timeline; nothing was recorded. */
public class RefusedOrderEventException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public RefusedOrderEventException(Refusal refusal, OrderEventType type) {
        super("order event " + type.key() + " refused: " + refusal.messageKey());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
