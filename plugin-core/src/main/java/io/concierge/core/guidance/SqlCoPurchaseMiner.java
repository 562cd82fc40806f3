package io.concierge.core.guidance;

import java.util.Date;
import java.util.List;

/**
 * The set-based path: the run's baskets are joined with themselves per order into pair counts, added to the stored
 * counts, and the rules are one INSERT … SELECT per direction. Portable SQL (HSQLDB, PostgreSQL, MariaDB).
 */
final class SqlCoPurchaseMiner implements CoPurchaseMiner {

    private static final String COUNTS = PairCountImpl.TABLE;

    @Override
    public void mine(MiningSql sql, List<String> orderLines, boolean full, long totalOrders, RuleThresholds thresholds,
                     Date computedAt) {
        StringBuilder baskets = new StringBuilder();
        for (String lines : orderLines) {
            // Each order's lines come from one query, so the distinct lines of each are the distinct lines of all.
            baskets.append(baskets.length() == 0 ? "" : " UNION ALL ").append("SELECT DISTINCT")
                    .append(lines.substring("SELECT".length()));
        }
        // A full run's counts are the run's own, written at once; an incremental run's are added to the stored ones.
        sql.update("INSERT INTO " + (full ? COUNTS : PairCountImpl.DELTA_TABLE) + " (PRODUCT_ID, OTHER_PRODUCT_ID,"
                + " ORDERS) SELECT a.PRODUCT_ID, b.PRODUCT_ID, COUNT(*) AS ORDERS FROM (" + baskets + ") a JOIN ("
                + baskets + ") b ON b.ORDER_ID = a.ORDER_ID AND b.PRODUCT_ID >= a.PRODUCT_ID"
                + " GROUP BY a.PRODUCT_ID, b.PRODUCT_ID");
        sql.phaseDone("counting the baskets");
        if (!full) {
            sql.addDeltaToCounts();
            sql.phaseDone("adding to the counts");
        }

        sql.update("DELETE FROM " + CoPurchaseRuleImpl.TABLE);
        Object[] parameters = thresholds.sqlParameters(totalOrders);
        sql.update(rulesOneWay("a", "b", totalOrders, computedAt), parameters);
        sql.update(rulesOneWay("b", "a", totalOrders, computedAt), parameters);
        sql.phaseDone("writing the rules");
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
