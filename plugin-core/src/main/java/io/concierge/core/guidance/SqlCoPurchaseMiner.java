package io.concierge.core.guidance;

import java.util.Date;

/**
 * The set-based path: the run's baskets are joined with themselves per order into pair counts, added to the stored
 * counts, and the rules are one INSERT … SELECT per direction. Portable SQL (HSQLDB, PostgreSQL, MariaDB).
 */
final class SqlCoPurchaseMiner implements CoPurchaseMiner {

    private static final String COUNTS = PairCountImpl.TABLE;
    private static final String DELTA = PairCountImpl.DELTA_TABLE;
    private static final String SAME_PAIR = ".PRODUCT_ID = d.PRODUCT_ID AND ";

    @Override
    public void mine(MiningSql sql, long run, boolean full, long totalOrders, RuleThresholds thresholds,
                     Date computedAt) {
        String baskets = MiningSql.basketsOfRun(run);
        // A full run's counts are the run's own, written at once; an incremental run's are added to the stored ones.
        sql.update("INSERT INTO " + (full ? COUNTS : DELTA) + " (PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS)"
                + " SELECT a.PRODUCT_ID, b.PRODUCT_ID, COUNT(*) FROM (" + baskets + ") a JOIN (" + baskets + ") b"
                + " ON b.ORDER_ID = a.ORDER_ID AND b.PRODUCT_ID >= a.PRODUCT_ID GROUP BY a.PRODUCT_ID, b.PRODUCT_ID");
        if (!full) {
            // Existing pairs first: the INSERT below adds the new ones, which the UPDATE must not count twice.
            sql.update("UPDATE " + COUNTS + " SET ORDERS = ORDERS + (SELECT d.ORDERS FROM " + DELTA + " d WHERE "
                    + COUNTS + SAME_PAIR + COUNTS + ".OTHER_PRODUCT_ID = d.OTHER_PRODUCT_ID) WHERE EXISTS (SELECT 1"
                    + " FROM " + DELTA + " d WHERE " + COUNTS + SAME_PAIR + COUNTS
                    + ".OTHER_PRODUCT_ID = d.OTHER_PRODUCT_ID)");
            sql.update("INSERT INTO " + COUNTS + " (PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS) SELECT d.PRODUCT_ID,"
                    + " d.OTHER_PRODUCT_ID, d.ORDERS FROM " + DELTA + " d WHERE NOT EXISTS (SELECT 1 FROM " + COUNTS
                    + " c WHERE c" + SAME_PAIR + "c.OTHER_PRODUCT_ID = d.OTHER_PRODUCT_ID)");
            sql.update("DELETE FROM " + DELTA);
        }

        sql.update("DELETE FROM " + CoPurchaseRuleImpl.TABLE);
        Object[] parameters = thresholds.sqlParameters(totalOrders);
        sql.update(rulesOneWay("a", "b", totalOrders, computedAt), parameters);
        sql.update(rulesOneWay("b", "a", totalOrders, computedAt), parameters);
    }

    /**
     * The rules from the product of count row {@code viewed} to the product of {@code recommended}, where {@code a}
     * is the pair's smaller product id and {@code b} the larger, each joined with its own count (the diagonal row).
     */
    private static String rulesOneWay(String viewed, String recommended, long totalOrders, Date computedAt) {
        return "INSERT INTO " + CoPurchaseRuleImpl.TABLE + " (PRODUCT_ID, RECOMMENDED_PRODUCT_ID, ORDERS_TOGETHER,"
                + " PRODUCT_ORDERS, RECOMMENDED_ORDERS, TOTAL_ORDERS, COMPUTED_AT) SELECT " + viewed + ".PRODUCT_ID, "
                + recommended + ".PRODUCT_ID, p.ORDERS, " + viewed + ".ORDERS, " + recommended + ".ORDERS, "
                + totalOrders + ", " + MiningSql.timestampLiteral(computedAt) + " FROM " + COUNTS + " p"
                + " JOIN " + COUNTS + " a ON a.PRODUCT_ID = p.PRODUCT_ID AND a.OTHER_PRODUCT_ID = p.PRODUCT_ID"
                + " JOIN " + COUNTS + " b ON b.PRODUCT_ID = p.OTHER_PRODUCT_ID AND b.OTHER_PRODUCT_ID = p.OTHER_PRODUCT_ID"
                + " WHERE p.PRODUCT_ID < p.OTHER_PRODUCT_ID AND "
                + RuleThresholds.sqlCondition("p.ORDERS", viewed + ".ORDERS", recommended + ".ORDERS");
    }
}
