package io.concierge.core.guidance;

import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The in-memory path's counting against SMILE's FP-growth ({@link SmileFpGrowthPairs}; GPL: compiled and run only
 * with the Maven profile {@code guidance-mining-benchmark}, never shipped; without it the rounds time the counting
 * alone), on the same generated baskets with the same minimum support:
 * both times, the ratio, and whether both find the same pairs. Then, unless {@code database} is {@code none}, the
 * same baskets as placed Broadleaf orders in the test context's database (in-memory HSQLDB, or with
 * {@code -Pdb-postgresql} PostgreSQL), written with JDBC batches, and one full mining run of {@link CoPurchaseMining}
 * on the {@code memory} path, the {@code sql} path or {@code both} (reading the baskets, counting, writing the counts
 * and rules), with the minimum support and the options' lowest lift (1.0) as thresholds: its time, and whether its
 * rules are the pairs the in-memory counting finds at those thresholds.
 * <pre>
 * mvn -B -q -o -pl plugin-core -Pguidance-mining-benchmark test-compile exec:exec@guidance-mining-benchmark \
 *     [-Dbench.args="orders products minSupport rounds database"]
 * </pre>
 * Baskets: {@code products} products whose popularity falls off as 1/rank (Zipf), basket sizes from 1 (40 %) with a
 * geometric tail (mean about 2.5, at most 20), and every tenth product with two companions that join it in 35 % of its
 * baskets: what an outdoor store's order history looks like. Fixed seed.
 */
public final class CoPurchaseMiningBenchmark {

    private CoPurchaseMiningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int minSupport = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String database = args.length > 4 ? args[4] : "memory";
        int[][] baskets = baskets(orders, products, new Random(20261204L));
        long items = 0;
        for (int[] basket : baskets) {
            items += basket.length;
        }
        System.out.printf("%d orders, %d products, %d order lines (%.2f per order), minimum support %d orders%n",
                orders, products, items, (double) items / orders, minSupport);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            Set<Long> ours = concierge(baskets, minSupport);
            double conciergeSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            Set<Long> smile = smile(baskets, minSupport);
            double smileSeconds = (System.nanoTime() - start) / 1e9;
            if (smile == null) {
                System.out.printf("round %d: Concierge in-memory %.2f s, %d pairs; SMILE is not on the classpath"
                        + " (profile guidance-mining-benchmark)%n", round, conciergeSeconds, ours.size());
                continue;
            }
            System.out.printf("round %d: Concierge in-memory %.2f s, %d pairs; SMILE FP-growth %.2f s, %d pairs;"
                    + " %.1fx faster; same pairs: %s%n", round, conciergeSeconds, ours.size(), smileSeconds,
                    smile.size(), smileSeconds / conciergeSeconds, ours.equals(smile));
            if (!ours.equals(smile)) {
                throw new IllegalStateException("the two miners found different pairs");
            }
        }
        System.out.printf("load average: %s%n", loadAverage());
        if (!"none".equals(database)) {
            ConfigurableApplicationContext context = BroadleafContextExtension.context();
            try {
                // The options' lowest lift is 1.0: the database run is checked against the in-memory counting's
                // pairs at that lift (lift is the same both ways, so a pair is in or out whole).
                inDatabase(context, baskets, products, minSupport,
                        concierge(baskets, new RuleThresholds(minSupport, 0, 0, 100)), database);
            } finally {
                context.close();
            }
        }
    }

    private static void inDatabase(ConfigurableApplicationContext context, int[][] baskets, int products,
                                   int minSupport, Set<Long> expected, String paths) throws Exception {
        StoreOptionsService options = context.getBean("cncStoreOptions", StoreOptionsService.class);
        GuidanceOptionsImpl thresholds = options.read(GuidanceOptionsImpl.class);
        thresholds.setMinOrdersTogether(minSupport);
        thresholds.setMinSupportBasisPoints(0);
        thresholds.setMinConfidencePercent(0);
        thresholds.setMinLiftHundredths(100);
        options.save(thresholds);
        long start = System.nanoTime();
        long customer = Baskets.fromContext().customer().getId();
        try (Connection connection = context.getBean("blTransactionManager", JpaTransactionManager.class)
                .getDataSource().getConnection()) {
            write(connection, baskets, products, customer);
        }
        System.out.printf("%nwrote %d placed orders to %s in %.0f s%n", baskets.length,
                System.getProperty("concierge.test.db.url"), (System.nanoTime() - start) / 1e9);
        CoPurchaseMining mining = context.getBean("cncCoPurchaseMining", CoPurchaseMining.class);
        CoPurchaseRules rules = context.getBean("cncCoPurchaseRules", CoPurchaseRules.class);
        for (MiningPath path : MiningPath.values()) {
            if (!"both".equals(paths) && !path.name().replace("IN_", "").toLowerCase().equals(paths)) {
                continue;
            }
            start = System.nanoTime();
            MiningReport report = mining.mine(true, path);
            double seconds = (System.nanoTime() - start) / 1e9;
            Set<Long> found = new HashSet<Long>();
            for (CoPurchaseRule rule : rules.all()) {
                found.add(pair(rule.getProductId() - PRODUCT_IDS, rule.getRecommendedProductId() - PRODUCT_IDS));
            }
            System.out.printf("full mining run, path %s: %.2f s (the run's own figure %d ms), %d orders, %d rules;"
                    + " same pairs as the in-memory counting at lift 1.0: %s%n  phases: %s%n  load average: %s%n",
                    path, seconds, report.getDurationMillis(), report.getTotalOrders(), report.getRules(),
                    found.equals(expected), report.getPhases(), loadAverage());
            if (!found.equals(expected)) {
                throw new IllegalStateException("the database run found other pairs");
            }
        }
    }

    /** The machine's load average (1, 5 and 15 minutes) where the OS tells it, so figures say how busy it was. */
    private static String loadAverage() {
        try {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/proc/loadavg"))).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return String.format("%.2f (1 minute)", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Products, SKUs and orders get ids from these on, above what the test context makes. */
    private static final long PRODUCT_IDS = 50_000_000L;
    private static final long ORDER_IDS = 60_000_000L;
    private static final long ITEM_IDS = 70_000_000L;

    private static void write(Connection connection, int[][] baskets, int products, long customer) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement sku = connection.prepareStatement("INSERT INTO BLC_SKU (SKU_ID, NAME, RETAIL_PRICE,"
                + " TAXABLE_FLAG, DISCOUNTABLE_FLAG, AVAILABLE_FLAG) VALUES (?, ?, 10.00, 'Y', 'Y', 'Y')");
             PreparedStatement product = connection.prepareStatement("INSERT INTO BLC_PRODUCT (PRODUCT_ID, URL,"
                + " IS_FEATURED_PRODUCT, CAN_SELL_WITHOUT_OPTIONS, ARCHIVED, DEFAULT_SKU_ID)"
                + " VALUES (?, ?, FALSE, TRUE, 'N', ?)")) {
            for (int i = 0; i < products; i++) {
                sku.setLong(1, PRODUCT_IDS + i);
                sku.setString(2, "Mining benchmark product " + i);
                sku.addBatch();
                product.setLong(1, PRODUCT_IDS + i);
                product.setString(2, "/mining-benchmark/" + i);
                product.setLong(3, PRODUCT_IDS + i);
                product.addBatch();
            }
            sku.executeBatch();
            product.executeBatch();
        }
        connection.commit();
        long item = ITEM_IDS;
        Timestamp placed = new Timestamp(System.currentTimeMillis() - 86_400_000L);
        try (PreparedStatement order = connection.prepareStatement("INSERT INTO BLC_ORDER (ORDER_ID, ORDER_NUMBER,"
                + " CUSTOMER_ID, ORDER_STATUS, SUBMIT_DATE, TAX_OVERRIDE, IS_PREVIEW) VALUES (?, ?, ?, 'SUBMITTED', ?,"
                + " FALSE, FALSE)");
             PreparedStatement line = connection.prepareStatement("INSERT INTO BLC_ORDER_ITEM (ORDER_ITEM_ID, ORDER_ID,"
                + " ORDER_ITEM_TYPE, NAME, QUANTITY, PRICE, ITEM_TAXABLE_FLAG, DISCOUNTS_ALLOWED,"
                + " RETAIL_PRICE_OVERRIDE, SALE_PRICE_OVERRIDE) VALUES (?, ?,"
                + " 'org.broadleafcommerce.core.order.domain.DiscreteOrderItem', 'item', 1, 10.00, TRUE, TRUE, FALSE,"
                + " FALSE)");
             PreparedStatement discrete = connection.prepareStatement("INSERT INTO BLC_DISCRETE_ORDER_ITEM"
                + " (ORDER_ITEM_ID, SKU_ID, PRODUCT_ID, BASE_RETAIL_PRICE) VALUES (?, ?, ?, 10.00)")) {
            for (int i = 0; i < baskets.length; i++) {
                order.setLong(1, ORDER_IDS + i);
                order.setString(2, "MB" + i);
                order.setLong(3, customer);
                order.setTimestamp(4, placed);
                order.addBatch();
                for (int productIndex : baskets[i]) {
                    line.setLong(1, item);
                    line.setLong(2, ORDER_IDS + i);
                    line.addBatch();
                    discrete.setLong(1, item);
                    discrete.setLong(2, PRODUCT_IDS + productIndex);
                    discrete.setLong(3, PRODUCT_IDS + productIndex);
                    discrete.addBatch();
                    item++;
                }
                if (i % 5000 == 4999 || i == baskets.length - 1) {
                    order.executeBatch();
                    line.executeBatch();
                    discrete.executeBatch();
                    connection.commit();
                }
            }
        }
        try (Statement analyze = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                analyze.execute("ANALYZE");
            }
        }
        connection.commit();
    }

    /** The in-memory path: {@link PairCounts} over the baskets, then its rules with only the minimum support. */
    static Set<Long> concierge(int[][] baskets, int minSupport) {
        return concierge(baskets, new RuleThresholds(minSupport, 0, 0, 0));
    }

    static Set<Long> concierge(int[][] baskets, RuleThresholds thresholds) {
        PairCounts counts = new PairCounts(4096, 1 << 20);
        long[] basket = new long[32];
        for (int[] order : baskets) {
            for (int i = 0; i < order.length; i++) {
                basket[i] = order[i];
            }
            counts.addOrder(basket, order.length);
        }
        Set<Long> pairs = new HashSet<Long>();
        counts.forEachRule(thresholds, baskets.length, rule -> pairs
                .add(pair(rule.getProductId(), rule.getRecommendedProductId())));
        return pairs;
    }

    /**
     * SMILE's FP-growth ({@link SmileFpGrowthPairs}), found by name: it is compiled only with the profile that brings
     * SMILE, so that the database part of the benchmark also runs without it. Null without the profile.
     */
    @SuppressWarnings("unchecked")
    static Set<Long> smile(int[][] baskets, int minSupport) throws ReflectiveOperationException {
        Class<?> smile;
        try {
            smile = Class.forName("io.concierge.core.guidance.SmileFpGrowthPairs");
        } catch (ClassNotFoundException e) {
            return null;
        }
        return (Set<Long>) smile.getMethod("pairs", int[][].class, int.class).invoke(null, baskets, minSupport);
    }

    static long pair(long first, long second) {
        return Math.min(first, second) << 32 | Math.max(first, second);
    }

    static int[][] baskets(int orders, int products, Random random) {
        double[] cumulative = new double[products];
        double total = 0;
        for (int rank = 0; rank < products; rank++) {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        int[][] baskets = new int[orders][];
        int[] basket = new int[32];
        for (int order = 0; order < orders; order++) {
            int size = 1;
            if (random.nextDouble() >= 0.4) {
                size = 2;
                while (size < 20 && random.nextDouble() < 0.35) {
                    size++;
                }
            }
            int n = 0;
            while (n < size) {
                int product = pick(cumulative, random.nextDouble() * total);
                n = addDistinct(basket, n, product);
                if (product % 10 == 0 && n < 30) {
                    for (int companion = 1; companion <= 2; companion++) {
                        if (random.nextDouble() < 0.35) {
                            n = addDistinct(basket, n, (product + companion * 7) % products);
                        }
                    }
                }
            }
            baskets[order] = java.util.Arrays.copyOf(basket, n);
        }
        return baskets;
    }

    private static int addDistinct(int[] basket, int n, int product) {
        for (int i = 0; i < n; i++) {
            if (basket[i] == product) {
                return n;
            }
        }
        basket[n] = product;
        return n + 1;
    }

    private static int pick(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
