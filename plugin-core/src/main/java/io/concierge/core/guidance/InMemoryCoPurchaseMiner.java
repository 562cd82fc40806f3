package io.concierge.core.guidance;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * The in-memory path: the run's baskets (streamed in order of the order id) are counted in {@link PairCounts}; a full
 * run writes those counts, an incremental one writes them to the delta table and adds them to the stored counts in
 * the database (as the SQL path does), so it writes only the pairs the run met. The rules come from the stored counts
 * plus the run's, in memory, and are written back in multi-row INSERTs.
 */
final class InMemoryCoPurchaseMiner implements CoPurchaseMiner {

    private static final String PAIR_COLUMNS = " (PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS)";

    @Override
    public void mine(MiningSql sql, List<String> orderLines, boolean full, long totalOrders, RuleThresholds thresholds,
                     Date computedAt) {
        PairCounts run = new PairCounts(1024, 16384);
        BasketReader baskets = new BasketReader(run);
        for (String lines : orderLines) {
            // PairCounts counts a product once per order however many lines hold it: no DISTINCT in the database.
            sql.query(lines + " ORDER BY 1", row -> baskets.item(row.getLong(1), row.getLong(2)));
            baskets.finish();
        }
        sql.phaseDone("reading and counting the baskets");
        sql.insert("INSERT INTO " + (full ? PairCountImpl.TABLE : PairCountImpl.DELTA_TABLE) + PAIR_COLUMNS, 3,
                rows -> run.forEachPair((product, other, orders) -> add(rows, product, other, orders)));
        sql.phaseDone("writing " + run.pairCount() + " counts");
        PairCounts all = full ? run : addedToStored(sql);
        sql.update("DELETE FROM " + CoPurchaseRuleImpl.TABLE);
        Timestamp at = new Timestamp(computedAt.getTime());
        sql.insert("INSERT INTO " + CoPurchaseRuleImpl.TABLE + " (PRODUCT_ID, RECOMMENDED_PRODUCT_ID, ORDERS_TOGETHER,"
                + " PRODUCT_ORDERS, RECOMMENDED_ORDERS, TOTAL_ORDERS, COMPUTED_AT)", 7,
                rows -> all.forEachRule(thresholds, totalOrders, rule -> add(rows, rule.getProductId(),
                        rule.getRecommendedProductId(), rule.getOrdersTogether(), rule.getProductOrders(),
                        rule.getRecommendedOrders(), rule.getTotalOrders(), at)));
        sql.phaseDone("writing the rules");
    }

    /** Adds the run's counts, in the delta table, to the stored ones, and reads them all. */
    private static PairCounts addedToStored(MiningSql sql) {
        sql.addDeltaToCounts();
        PairCounts stored = new PairCounts(1024, 16384);
        sql.query("SELECT PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS FROM " + PairCountImpl.TABLE,
                row -> stored.add(row.getLong(1), row.getLong(2), row.getLong(3)));
        sql.phaseDone("adding to the counts and reading them");
        return stored;
    }

    /** The visitors of {@link PairCounts} cannot throw JDBC's checked exception; it leaves them unchecked. */
    private static void add(MiningSql.Rows rows, Object... row) {
        try {
            rows.add(row);
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
