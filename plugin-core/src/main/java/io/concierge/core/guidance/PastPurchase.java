package io.concierge.core.guidance;

import java.util.Date;

/** A product the signed-in shopper bought, and when they last did (the submit date of their latest placed order). */
public final class PastPurchase {

    private final long productId;
    private final String productName;
    private final Date boughtAt;

    public PastPurchase(long productId, String productName, Date boughtAt) {
        this.productId = productId;
        this.productName = productName;
        this.boughtAt = new Date(boughtAt.getTime());
    }

    public long getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public Date getBoughtAt() {
        return new Date(boughtAt.getTime());
    }
}
