package io.concierge.core.loyalty;

import java.util.Date;

/**
 * Thrown by the add-to-cart workflow's {@link LoyaltyEarlyAccessActivity} when a shopper without early access adds a
 * product held back for it: Broadleaf's {@code AddToCartException} carries it as a cause ({@link #in}), so that a
 * theme says why instead of a generic failure.
 */
public class LoyaltyEarlyAccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long productId;
    private final Date until;

    public LoyaltyEarlyAccessRefused(long productId, Date until) {
        super("product " + productId + " is for loyalty early access until " + until.toInstant());
        this.productId = productId;
        this.until = new Date(until.getTime());
    }

    public long getProductId() {
        return productId;
    }

    /** From when everyone may buy the product. */
    public Date getUntil() {
        return new Date(until.getTime());
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
