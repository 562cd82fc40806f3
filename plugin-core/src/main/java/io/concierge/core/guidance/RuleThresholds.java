package io.concierge.core.guidance;

/**
 * When a co-purchase counts as a rule. Every test is a comparison of whole numbers (no division, no floating point),
 * so the SQL miner on any database and the in-memory miner admit exactly the same rules; {@link #sqlCondition}
 * writes the same tests for the database.
 */
public final class RuleThresholds {

    private final long minOrdersTogether;
    private final long minSupportBasisPoints;
    private final long minConfidencePercent;
    private final long minLiftHundredths;

    public RuleThresholds(long minOrdersTogether, long minSupportBasisPoints, long minConfidencePercent,
                          long minLiftHundredths) {
        this.minOrdersTogether = minOrdersTogether;
        this.minSupportBasisPoints = minSupportBasisPoints;
        this.minConfidencePercent = minConfidencePercent;
        this.minLiftHundredths = minLiftHundredths;
    }

    /**
     * Whether "bought {@code productId}, also bought the other" is a rule.
     *
     * @param together      orders with both products
     * @param productOrders orders with the viewed product (the rule's antecedent)
     * @param otherOrders   orders with the recommended product
     * @param totalOrders   all placed orders mined
     */
    public boolean admits(long together, long productOrders, long otherOrders, long totalOrders) {
        return together >= minOrdersTogether
                && together * 10000 >= supportFloor(totalOrders)
                && together * 100 >= minConfidencePercent * productOrders
                && together * liftScale(totalOrders) >= minLiftHundredths * productOrders * otherOrders;
    }

    /**
     * The same tests in SQL over whole-number columns: the parameters, in order, are {@link #sqlParameters}.
     *
     * @param together      column of the orders with both products
     * @param productOrders column of the orders with the viewed product
     * @param otherOrders   column of the orders with the recommended product
     */
    public static String sqlCondition(String together, String productOrders, String otherOrders) {
        return together + " >= ? AND " + together + " * 10000 >= ? AND " + together + " * 100 >= ? * " + productOrders
                + " AND " + together + " * ? >= ? * " + productOrders + " * " + otherOrders;
    }

    public Object[] sqlParameters(long totalOrders) {
        return new Object[] {minOrdersTogether, supportFloor(totalOrders), minConfidencePercent,
                liftScale(totalOrders), minLiftHundredths};
    }

    private long supportFloor(long totalOrders) {
        return minSupportBasisPoints * totalOrders;
    }

    /** Lift is together × total / (product × other); the threshold is in hundredths, hence × 100. */
    private static long liftScale(long totalOrders) {
        return totalOrders * 100;
    }

    @Override
    public String toString() {
        return "at least " + minOrdersTogether + " orders together, support " + minSupportBasisPoints
                + " bp, confidence " + minConfidencePercent + " %, lift " + minLiftHundredths / 100.0;
    }
}
