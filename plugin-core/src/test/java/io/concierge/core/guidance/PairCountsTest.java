package io.concierge.core.guidance;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PairCountsTest {

    private static final RuleThresholds ANY_PAIR = new RuleThresholds(1, 0, 0, 0);

    @Test
    void countsEachProductAndEachPairOncePerOrder() {
        PairCounts counts = new PairCounts(4, 4);
        counts.addOrder(new long[] {7, 3, 7, 9}, 4);
        counts.addOrder(new long[] {3, 9}, 2);

        assertThat(counts.ordersWith(3)).isEqualTo(2);
        assertThat(counts.ordersWith(7)).isEqualTo(1);
        assertThat(counts.ordersWith(4)).isZero();
        Map<String, Long> pairs = new HashMap<String, Long>();
        counts.forEachPair((product, other, orders) -> pairs.put(product + "-" + other, orders));
        assertThat(pairs).containsOnlyKeys("3-3", "7-7", "9-9", "3-7", "3-9", "7-9")
                .containsEntry("3-9", 2L).containsEntry("3-7", 1L);
    }

    @Test
    void rulesGoBothWaysWithTheViewedProductsOwnCount() {
        PairCounts counts = new PairCounts(4, 4);
        counts.addOrder(new long[] {1, 2}, 2);
        counts.addOrder(new long[] {1, 2}, 2);
        counts.addOrder(new long[] {1}, 1);
        counts.addOrder(new long[] {3}, 1);

        List<CoPurchaseRule> rules = new ArrayList<CoPurchaseRule>();
        counts.forEachRule(ANY_PAIR, 4, rules::add);

        assertThat(rules).containsExactlyInAnyOrder(new CoPurchaseRule(1, 2, 2, 3, 2, 4),
                new CoPurchaseRule(2, 1, 2, 2, 3, 4));
        CoPurchaseRule twoToOne = new CoPurchaseRule(2, 1, 2, 2, 3, 4);
        assertThat(twoToOne.getConfidence()).isEqualTo(1.0);
        assertThat(twoToOne.getSupport()).isEqualTo(0.5);
        assertThat(twoToOne.getLift()).isEqualTo(4.0 * 2 / (2 * 3));
    }

    @Test
    void storedCountsAndNewOrdersAddUp() {
        PairCounts counts = new PairCounts(2, 2);
        counts.add(5, 5, 10);
        counts.add(5, 6, 4);
        counts.add(6, 6, 4);
        counts.addOrder(new long[] {6, 5}, 2);

        assertThat(counts.ordersWith(5)).isEqualTo(11);
        List<CoPurchaseRule> rules = new ArrayList<CoPurchaseRule>();
        counts.forEachRule(ANY_PAIR, 20, rules::add);
        assertThat(rules).contains(new CoPurchaseRule(6, 5, 5, 5, 11, 20));
    }

    /** Many products and orders make the tables grow several times; every count must survive that. */
    @Test
    void agreesWithBoxedCountsOverManyRandomOrders() {
        Random random = new Random(42);
        PairCounts counts = new PairCounts(1, 1);
        Map<String, Long> expected = new HashMap<String, Long>();
        for (int order = 0; order < 3000; order++) {
            int size = 1 + random.nextInt(6);
            long[] basket = new long[size];
            Set<Long> distinct = new HashSet<Long>();
            for (int i = 0; i < size; i++) {
                basket[i] = 1000 + random.nextInt(400);
                distinct.add(basket[i]);
            }
            counts.addOrder(basket, size);
            for (long a : distinct) {
                for (long b : distinct) {
                    if (a <= b) {
                        expected.merge(a + "-" + b, 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Long> actual = new HashMap<String, Long>();
        counts.forEachPair((product, other, orders) -> actual.put(product + "-" + other, orders));
        assertThat(actual).isEqualTo(expected);
        assertThat(counts.pairCount()).isEqualTo(expected.size());
    }
}
