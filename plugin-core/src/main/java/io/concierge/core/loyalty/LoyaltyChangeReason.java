package io.concierge.core.loyalty;

/** Why a customer's tier changed, as the change log keeps it. */
public enum LoyaltyChangeReason {
    /** An order the customer placed (the checkout's re-evaluation). */
    ORDER,
    /** An order cancelled. */
    CANCELLATION,
    /** A refund, whole or in part. */
    REFUND,
    /** The nightly recalculation over all customers (orders leaving the window, say). */
    RECALCULATION,
    /** Below the tier's keep threshold past its grace days: one tier down. */
    DOWNGRADE,
    /** Set by staff, with a note. */
    MANUAL
}
