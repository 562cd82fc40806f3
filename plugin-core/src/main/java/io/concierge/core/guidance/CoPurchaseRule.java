package io.concierge.core.guidance;

import java.util.Objects;

/**
 * "Orders with this product also hold that one", with the counts it was measured from; support, confidence and lift
 * are derived from them, so a rule says exactly what the order history says.
 */
public final class CoPurchaseRule {

    private final long productId;
    private final long recommendedProductId;
    private final long ordersTogether;
    private final long productOrders;
    private final long recommendedOrders;
    private final long totalOrders;

    public CoPurchaseRule(long productId, long recommendedProductId, long ordersTogether, long productOrders,
                          long recommendedOrders, long totalOrders) {
        this.productId = productId;
        this.recommendedProductId = recommendedProductId;
        this.ordersTogether = ordersTogether;
        this.productOrders = productOrders;
        this.recommendedOrders = recommendedOrders;
        this.totalOrders = totalOrders;
    }

    public long getProductId() {
        return productId;
    }

    public long getRecommendedProductId() {
        return recommendedProductId;
    }

    public long getOrdersTogether() {
        return ordersTogether;
    }

    public long getProductOrders() {
        return productOrders;
    }

    public long getRecommendedOrders() {
        return recommendedOrders;
    }

    public long getTotalOrders() {
        return totalOrders;
    }

    /** Share of all orders that hold both. */
    public double getSupport() {
        return (double) ordersTogether / totalOrders;
    }

    /** Share of the orders with the viewed product that also hold the recommended one. */
    public double getConfidence() {
        return (double) ordersTogether / productOrders;
    }

    /** How many times likelier the recommended product is with the viewed one than in any order. */
    public double getLift() {
        return (double) ordersTogether * totalOrders / ((double) productOrders * recommendedOrders);
    }

    /**
     * Confidence minus the recommended product's own share of orders: how much the viewed product adds. Ranking by
     * it damps best-sellers, which sit in many baskets whatever the shopper looks at.
     */
    public double getAddedConfidence() {
        return getConfidence() - (double) recommendedOrders / totalOrders;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CoPurchaseRule)) {
            return false;
        }
        CoPurchaseRule rule = (CoPurchaseRule) other;
        return productId == rule.productId && recommendedProductId == rule.recommendedProductId
                && ordersTogether == rule.ordersTogether && productOrders == rule.productOrders
                && recommendedOrders == rule.recommendedOrders && totalOrders == rule.totalOrders;
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, recommendedProductId, ordersTogether, productOrders, recommendedOrders,
                totalOrders);
    }

    @Override
    public String toString() {
        return productId + " -> " + recommendedProductId + " (" + ordersTogether + " of " + productOrders + ", "
                + recommendedOrders + " and " + totalOrders + " orders)";
    }
}
