package io.concierge.core.guidance;

import java.util.Arrays;

/**
 * The in-memory miner's counts: for every pair of products, how many orders hold both, and for every product (the
 * pair of a product with itself) how many orders hold it, the same shape as the table CNC_GUIDANCE_PAIR_COUNT.
 * Products get dense indexes, and a pair is the two indexes packed in one long: no object per pair.
 */
final class PairCounts {

    /** Product id to its index + 1 (0 is a free slot in {@link LongCounts}). */
    private final LongCounts indexes;
    private long[] productIds;
    private final LongCounts pairs;
    /** One order's distinct products and their indexes, reused from order to order (one thread counts). */
    private long[] distinct = new long[32];
    private int[] index = new int[32];

    PairCounts(int expectedProducts, int expectedPairs) {
        indexes = new LongCounts(expectedProducts);
        productIds = new long[Math.max(16, expectedProducts)];
        pairs = new LongCounts(expectedPairs);
    }

    /** Counts one order: its products once each, and each pair of them once. */
    void addOrder(long[] products, int length) {
        if (distinct.length < length) {
            distinct = new long[Math.max(length, distinct.length * 2)];
            index = new int[distinct.length];
        }
        System.arraycopy(products, 0, distinct, 0, length);
        Arrays.sort(distinct, 0, length);
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[n++] = distinct[i];
            }
        }
        for (int i = 0; i < n; i++) {
            index[i] = indexOf(distinct[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                pairs.add(pack(index[i], index[j]), 1);
            }
        }
    }

    /** Adds counts already mined (a row of CNC_GUIDANCE_PAIR_COUNT). */
    void add(long productId, long otherProductId, long orders) {
        pairs.add(pack(indexOf(productId), indexOf(otherProductId)), orders);
    }

    /** Orders that hold the product. */
    long ordersWith(long productId) {
        long index = indexes.get(productId) - 1;
        return index < 0 ? 0 : pairs.get(pack((int) index, (int) index));
    }

    int pairCount() {
        return pairs.size();
    }

    interface PairVisitor {
        /** {@code productId <= otherProductId}; equal for a product's own count. */
        void visit(long productId, long otherProductId, long orders);
    }

    void forEachPair(PairVisitor visitor) {
        pairs.forEach((key, orders) -> {
            long first = productIds[(int) (key >>> 32)];
            long second = productIds[(int) key];
            visitor.visit(Math.min(first, second), Math.max(first, second), orders);
        });
    }

    interface RuleVisitor {
        void visit(CoPurchaseRule rule);
    }

    /** Every rule, in both directions, that the thresholds admit over {@code totalOrders} orders. */
    void forEachRule(RuleThresholds thresholds, long totalOrders, RuleVisitor visitor) {
        pairs.forEach((key, together) -> {
            int first = (int) (key >>> 32);
            int second = (int) key;
            if (first == second) {
                return;
            }
            long firstOrders = pairs.get(pack(first, first));
            long secondOrders = pairs.get(pack(second, second));
            if (thresholds.admits(together, firstOrders, secondOrders, totalOrders)) {
                visitor.visit(new CoPurchaseRule(productIds[first], productIds[second], together, firstOrders,
                        secondOrders, totalOrders));
            }
            if (thresholds.admits(together, secondOrders, firstOrders, totalOrders)) {
                visitor.visit(new CoPurchaseRule(productIds[second], productIds[first], together, secondOrders,
                        firstOrders, totalOrders));
            }
        });
    }

    private int indexOf(long productId) {
        long known = indexes.get(productId);
        if (known != 0) {
            return (int) known - 1;
        }
        int index = indexes.size();
        if (index == productIds.length) {
            productIds = Arrays.copyOf(productIds, index * 2);
        }
        productIds[index] = productId;
        indexes.add(productId, index + 1);
        return index;
    }

    /** The two indexes in one long, the smaller first, so a pair has one key whichever way it is met. */
    private static long pack(int first, int second) {
        int low = Math.min(first, second);
        int high = Math.max(first, second);
        return ((long) low << 32) | (high & 0xFFFFFFFFL);
    }
}
