package io.concierge.core.helpcenter.orders;

/** Until which stage a shopper may still change the shipping address or cancel: a store option. */
public enum ChangeDeadline {

    /** Until the warehouse has picked the order (the default: nothing to put back on the shelf). */
    UNTIL_PICKED(OrderStage.PICKED),
    /** Until the parcel has left. */
    UNTIL_SHIPPED(OrderStage.SHIPPED);

    private final OrderStage closingStage;

    ChangeDeadline(OrderStage closingStage) {
        this.closingStage = closingStage;
    }

    /** The stage at which changes close. */
    public OrderStage closingStage() {
        return closingStage;
    }
}
