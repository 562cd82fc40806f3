package io.concierge.core.guidance;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;

/**
 * The in-memory path: the stored counts and the run's baskets (streamed in order of the order id) are counted in
 * {@link PairCounts}, then counts and rules are written back in JDBC batches.
 */
final class InMemoryCoPurchaseMiner implements CoPurchaseMiner {

    @Override
    public void mine(MiningSql sql, long run, boolean full, long totalOrders, RuleThresholds thresholds,
                     Date computedAt) {
        PairCounts counts = new PairCounts(1024, 16384);
        if (!full) {
            sql.query("SELECT PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS FROM " + PairCountImpl.TABLE,
                    row -> counts.add(row.getLong(1), row.getLong(2), row.getLong(3)));
        }
        BasketReader baskets = new BasketReader(counts);
        // PairCounts counts a product once per order however many lines hold it: no DISTINCT in the database.
        sql.query(MiningSql.orderLinesOfRun(run) + " ORDER BY m.ORDER_ID",
                row -> baskets.item(row.getLong(1), row.getLong(2)));
        baskets.finish();

        sql.update("DELETE FROM " + PairCountImpl.TABLE);
        sql.batch("INSERT INTO " + PairCountImpl.TABLE + " (PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS) VALUES (?, ?, ?)",
                batch -> counts.forEachPair((product, other, orders) -> add(batch, product, other, orders)));
        sql.update("DELETE FROM " + CoPurchaseRuleImpl.TABLE);
        Timestamp at = new Timestamp(computedAt.getTime());
        sql.batch("INSERT INTO " + CoPurchaseRuleImpl.TABLE + " (PRODUCT_ID, RECOMMENDED_PRODUCT_ID, ORDERS_TOGETHER,"
                + " PRODUCT_ORDERS, RECOMMENDED_ORDERS, TOTAL_ORDERS, COMPUTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                batch -> counts.forEachRule(thresholds, totalOrders, rule -> add(batch, rule.getProductId(),
                        rule.getRecommendedProductId(), rule.getOrdersTogether(), rule.getProductOrders(),
                        rule.getRecommendedOrders(), rule.getTotalOrders(), at)));
    }

    /** The visitors of {@link PairCounts} cannot throw JDBC's checked exception; it leaves them unchecked. */
    private static void add(MiningSql.Batch batch, Object... row) {
        try {
            batch.add(row);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("writing the mined counts failed: " + e.getMessage(), e);
        }
    }

    /** Gathers the consecutive rows of one order into its basket and counts it when the next order starts. */
    private static final class BasketReader {

        private final PairCounts counts;
        private long[] products = new long[16];
        private int size;
        private long orderId;

        BasketReader(PairCounts counts) {
            this.counts = counts;
        }

        void item(long order, long productId) {
            if (size > 0 && order != orderId) {
                finish();
            }
            orderId = order;
            if (size == products.length) {
                products = Arrays.copyOf(products, size * 2);
            }
            products[size++] = productId;
        }

        void finish() {
            if (size > 0) {
                counts.addOrder(products, size);
                size = 0;
            }
        }
    }
}
