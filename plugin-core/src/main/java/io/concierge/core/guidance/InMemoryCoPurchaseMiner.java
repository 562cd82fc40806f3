package io.concierge.core.guidance;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * The in-memory path: the run's baskets (streamed in order of the order id, sorted by the database only when its
 * join does not give them so) are counted in {@link PairCounts}; a full run writes those counts, an incremental one
 * writes them to the delta table and adds them to the stored counts in the database (as the SQL path does), so it
 * writes only the pairs the run met. The rules come from the stored counts plus the run's, in memory, and are written
 * back in multi-row INSERTs.
 */
final class InMemoryCoPurchaseMiner implements CoPurchaseMiner {

    private static final String PAIR_COLUMNS = " (PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS)";

    @Override
    public void mine(MiningSql sql, List<String> orderLines, boolean full, long totalOrders, RuleThresholds thresholds,
                     Date computedAt) {
        PairCounts unsorted = countBaskets(sql, orderLines, "");
        if (unsorted == null) {
            sql.phaseDone("reading the baskets unsorted, out of order");
        }
        PairCounts run = unsorted != null ? unsorted : countBaskets(sql, orderLines, " ORDER BY 1");
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

    /**
     * Counts the baskets of the order lines' queries, each followed by {@code orderBy}. Without an ORDER BY, a database
     * that joins from the orders in their key's order (HSQLDB's nested loops over the primary key) gives each order's
     * lines one after the other at no cost, where sorting two million lines triples HSQLDB's time; lines that come
     * out of order stop the reading, and the caller reads again sorted.
     *
     * @return the counts, or null when the lines came out of order id order
     */
    private static PairCounts countBaskets(MiningSql sql, List<String> orderLines, String orderBy) {
        PairCounts counts = new PairCounts(1024, 16384);
        BasketReader baskets = new BasketReader(counts);
        try {
            for (String lines : orderLines) {
                // PairCounts counts a product once per order however many lines hold it: no DISTINCT in the database.
                sql.query(lines + orderBy, row -> baskets.item(row.getLong(1), row.getLong(2)));
                baskets.finish();
            }
        } catch (OutOfOrder e) {
            return null;
        }
        return counts;
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

    /** Stops a reading whose lines do not come in order id order. */
    private static final class OutOfOrder extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OutOfOrder() {
            super(null, null, false, false);
        }
    }

    /**
     * Gathers the consecutive rows of one order into its basket and counts it when the next order starts; the rows of
     * one query must come in order id order (then each order's rows are consecutive), or it throws {@link OutOfOrder}.
     */
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
                if (order < orderId) {
                    throw new OutOfOrder();
                }
                finish();
            }
            orderId = order;
            if (size == products.length) {
                products = Arrays.copyOf(products, size * 2);
            }
            products[size++] = productId;
        }

        /** Counts the last basket of a query: the next query starts afresh, with any order id. */
        void finish() {
            if (size > 0) {
                counts.addOrder(products, size);
                size = 0;
            }
        }
    }
}
