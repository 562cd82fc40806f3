package io.concierge.core.guidance;

import smile.association.FPGrowth;
import smile.association.FPTree;
import smile.association.ItemSet;

import java.util.HashSet;
import java.util.Set;

/**
 * SMILE's FP-growth for {@link CoPurchaseMiningBenchmark} (GPL: compiled only with the Maven profile
 * {@code guidance-mining-benchmark}, which alone brings SMILE; never shipped). The benchmark finds it by name.
 */
public final class SmileFpGrowthPairs {

    private SmileFpGrowthPairs() {
    }

    /** Every frequent item set at {@code minSupport} orders, of which the pairs (packed as the benchmark packs them). */
    public static Set<Long> pairs(int[][] baskets, int minSupport) {
        Set<Long> pairs = new HashSet<Long>();
        FPGrowth.apply(FPTree.of(minSupport, baskets)).filter(set -> set.items.length == 2)
                .forEach((ItemSet set) -> pairs.add(CoPurchaseMiningBenchmark.pair(set.items[0], set.items[1])));
        return pairs;
    }
}
