package io.concierge.core.loyalty;

import java.time.LocalDate;

/**
 * Thrown by the add-to-cart workflow's {@link LoyaltyEarlyAccessActivity} when a shopper without early access adds a
 * product held back for it: Broadleaf's {@code AddToCartException} carries it as a cause ({@link #in}), so that a
 * theme says why instead of a generic failure.
 */
public class LoyaltyEarlyAccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final LocalDate lastDay;

    public LoyaltyEarlyAccessRefused(long productId, LocalDate lastDay) {
        super("product " + productId + " is for loyalty early access through " + lastDay + " (UTC)");
        this.productId = productId;
        this.lastDay = lastDay;
    }

    public long getProductId() {
        return productId;
    }

    /** The last day (UTC) of early access: everyone may buy the product from the next day. */
    public LocalDate getLastDay() {
        return lastDay;
    }

    /** The refusal among a failure's causes, or null. */
    public static LoyaltyEarlyAccessRefused in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof LoyaltyEarlyAccessRefused) {
                return (LoyaltyEarlyAccessRefused) cause;
            }
        }
        return null;
    }
}
