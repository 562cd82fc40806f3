package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.orders.OrderDeductionImpl;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * The loyalty programme's speed at a million customers (issue 12: the recalculation under 30 s on two cores and at
 * least 50 times faster per customer than the obvious loop through the ORM; the simulator under 5 s). Not run by
 * {@code mvn verify}. The test context (in-memory HSQLDB, or the database of the {@code concierge.test.db.*}
 * properties: {@code -Pdb-postgresql}) with the integration tests' three tiers ({@link LoyaltyTiers}: Trail from 50,
 * Summit from 200, Expedition from 500, on net spend over the last 12 months); {@code customers} Broadleaf customers
 * (a tenth of them guests) and their orders written with JDBC batches: a fifth without an order, the others one to
 * about a dozen over the last 24 months (so about half fall outside the window), totals spread so that every tier
 * gets members, 4 % cancelled, a quarter of the customers with an open cart, 1 % refunded whole and 3 % in part.
 * Then:
 * <ol>
 * <li>the nightly recalculation ({@link LoyaltyRecalculation#runNow}, id ranges under the job lease) twice: the
 * first writes every standing, the second is a night with standings already there;</li>
 * <li>the obvious per-customer loop through Broadleaf's services and JPA over every {@code customers / sample}-th
 * customer, from no standing (the sample's are deleted first): load the customer and their orders
 * ({@code blOrderService.findOrdersForCustomer}), their deductions, sum the net spend in Java, decide the tier and
 * persist the standing; one transaction per 100 customers, the entity manager cleared after each. Its tier and value
 * must equal those of the set-based run for every sampled customer, or the benchmark fails;</li>
 * <li>the simulator ({@link LoyaltySimulator#simulate}, {@link LoyaltySimulator#figures} and the movers' first
 * page) with a draft that lowers Summit's entry threshold to 150;</li>
 * <li>the recalculation again, beside the simulation's rows (kept for a day), as a Save after Simulate runs it;</li>
 * <li>the checkout step's own work ({@link LoyaltyCheckoutActivity}: {@code cncLoyalty.reevaluate} of one customer
 * in its own transaction) for {@code checkouts} customers at that size.</li>
 * </ol>
 * {@code mvn -B -q -pl plugin-core test-compile exec:exec@loyalty-recalculation-benchmark -Dbench.args="customers
 * sample checkouts"} (default 1000000 2000 300).
 */
public final class LoyaltyRecalculationBenchmark {

    private static final int BATCH = 5_000;
    private static final int LOOP_TRANSACTION = 100;

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int checkouts = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        try {
            new LoyaltyRecalculationBenchmark(context).run(customers, sample, checkouts);
        } finally {
            context.close();
        }
    }

    private final LoyaltyTiers tiers = LoyaltyTiers.inDatabase();
    private final LoyaltyRecalculation recalculation;
    private final LoyaltyEvaluation evaluation;
    private final LoyaltySimulator simulator;
    private final LoyaltyStandings standings;
    private final DataSource data;

    private LoyaltyRecalculationBenchmark(ConfigurableApplicationContext context) {
        recalculation = context.getBean("cncLoyaltyRecalculation", LoyaltyRecalculation.class);
        evaluation = context.getBean("cncLoyaltyEvaluation", LoyaltyEvaluation.class);
        simulator = context.getBean("cncLoyaltySimulator", LoyaltySimulator.class);
        standings = context.getBean("cncLoyalty", LoyaltyStandings.class);
        data = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
    }

    private void run(int customers, int sample, int checkouts) throws Exception {
        long started = System.nanoTime();
        long orders = write(customers);
        System.out.printf("%d customers and %d orders written in %.1f s; %s%n", customers, orders, seconds(started),
                uptime());

        started = System.nanoTime();
        LoyaltyRecalculation.Outcome first = recalculation.runNow();
        double firstSeconds = seconds(started);
        check(first != null && first.isComplete(), "the first recalculation did not run to its end");
        System.out.printf("(a) recalculation, no standings yet: %.1f s, %.1f us a customer, %d tier changes%n",
                firstSeconds, firstSeconds * 1e6 / customers, first.getChanges());
        started = System.nanoTime();
        LoyaltyRecalculation.Outcome second = recalculation.runNow();
        double secondSeconds = seconds(started);
        check(second != null && second.isComplete(), "the second recalculation did not run to its end");
        System.out.printf("(a) recalculation, standings there (a night): %.1f s, %.1f us a customer, %d changes%n",
                secondSeconds, secondSeconds * 1e6 / customers, second.getChanges());
        System.out.println("    standings by tier: " + standingsByTier());

        List<Long> sampled = new ArrayList<Long>();
        for (long id = 1; id <= customers; id += Math.max(1, customers / sample)) {
            sampled.add(id);
        }
        Map<Long, Object[]> setBased = standingsOf(sampled);
        deleteStandings(sampled);
        started = System.nanoTime();
        Map<Long, Object[]> looped = ormLoop(sampled);
        double loopSeconds = seconds(started);
        int tiered = 0;
        for (Long id : sampled) {
            Object[] expected = setBased.get(id);
            Object[] got = looped.get(id);
            check(sameStanding(expected, got), "customer " + id + ": set-based " + describe(expected)
                    + ", ORM loop " + describe(got));
            tiered += expected != null && expected[0] != null ? 1 : 0;
        }
        double loopPerCustomer = loopSeconds * 1e6 / sampled.size();
        System.out.printf("(b) ORM loop over %d customers (%d of them in a tier): %.1f s, %.0f us a customer;"
                        + " same tier and value as the set-based run for all of them%n", sampled.size(), tiered,
                loopSeconds, loopPerCustomer);
        System.out.printf("    per customer the set-based recalculation is %.0fx faster (first run), %.0fx (a night);"
                        + " the loop would take %.0f s for all %d%n", loopPerCustomer / (firstSeconds * 1e6 / customers),
                loopPerCustomer / (secondSeconds * 1e6 / customers), loopPerCustomer * customers / 1e6, customers);

        simulate(null);
        simulate(LoyaltyWindow.CALENDAR_YEAR);
        // Saving a draft starts a recalculation while the simulation's rows are kept (for a day).
        started = System.nanoTime();
        LoyaltyRecalculation.Outcome afterSimulation = recalculation.runNow();
        double afterSeconds = seconds(started);
        check(afterSimulation != null && afterSimulation.isComplete(), "the recalculation did not run to its end");
        System.out.printf("(a) recalculation beside a simulation's rows (Save after Simulate): %.1f s, %.1f us a"
                + " customer%n", afterSeconds, afterSeconds * 1e6 / customers);
        System.out.println("    " + uptime());
        checkouts(sampled, checkouts);
        System.out.println("(d) is the loyalty step's own work at this size; CheckoutActivityBenchmark's no-loyalty"
                + " way times a whole checkout with and without it");
    }

    /** Customers 1..n, their orders and deductions; returns the number of orders. */
    private long write(int customers) throws Exception {
        Random random = new Random(42);
        long now = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(1);
        long twoYears = TimeUnit.DAYS.toMillis(730);
        long orderId = 0;
        long eventId = 0;
        try (Connection connection = data.getConnection();
             PreparedStatement customer = connection.prepareStatement("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID,"
                     + " EMAIL_ADDRESS, USER_NAME, FIRST_NAME, LAST_NAME, IS_REGISTERED, DEACTIVATED, IS_PREVIEW,"
                     + " RECEIVE_EMAIL, PASSWORD_CHANGE_REQUIRED, DATE_CREATED) VALUES (?, ?, ?, 'Bench', ?, ?,"
                     + " FALSE, FALSE, TRUE, FALSE, ?)");
             PreparedStatement order = connection.prepareStatement("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID,"
                     + " ORDER_NUMBER, ORDER_STATUS, SUBMIT_DATE, ORDER_SUBTOTAL, TOTAL_SHIPPING, ORDER_TOTAL,"
                     + " DATE_CREATED, IS_PREVIEW, TAX_OVERRIDE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE)");
             PreparedStatement deduction = connection.prepareStatement("INSERT INTO " + OrderDeductionImpl.TABLE
                     + " (EVENT_ID, ORDER_ID, KIND, AMOUNT) VALUES (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            int pendingDeductions = 0;
            for (int c = 1; c <= customers; c++) {
                String email = "bench" + c + "@example.com";
                customer.setLong(1, c);
                customer.setString(2, email);
                customer.setString(3, email);
                customer.setString(4, "Customer " + c);
                customer.setBoolean(5, random.nextInt(10) != 0);
                customer.setTimestamp(6, new Timestamp(now - twoYears));
                customer.addBatch();
                int placed = random.nextInt(5) == 0 ? 0 : 1 + (int) Math.min(11, -Math.log(random.nextDouble()) * 2);
                double spender = Math.exp(random.nextGaussian() * 0.6);
                boolean cart = random.nextInt(4) == 0;
                for (int o = 0; o < placed + (cart ? 1 : 0); o++) {
                    boolean isCart = o == placed;
                    BigDecimal goods = BigDecimal.valueOf(20 + Math.exp(Math.log(40) + random.nextGaussian() * 0.9)
                            * spender).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal shipping = new BigDecimal(random.nextInt(3) == 0 ? "0.00" : "7.50");
                    BigDecimal total = goods.add(shipping);
                    String status = isCart ? OrderStatus.IN_PROCESS.getType()
                            : random.nextInt(25) == 0 ? OrderStatus.CANCELLED.getType()
                            : OrderStatus.SUBMITTED.getType();
                    long at = now - (long) (random.nextDouble() * twoYears);
                    if (Math.abs(now - at - TimeUnit.DAYS.toMillis(365)) < TimeUnit.DAYS.toMillis(7)) {
                        // Clear of the window's edge, which moves while the benchmark runs.
                        at -= TimeUnit.DAYS.toMillis(14);
                    }
                    orderId++;
                    order.setLong(1, orderId);
                    order.setLong(2, c);
                    order.setString(3, "B" + orderId);
                    order.setString(4, status);
                    order.setTimestamp(5, isCart ? null : new Timestamp(at));
                    order.setBigDecimal(6, goods);
                    order.setBigDecimal(7, shipping);
                    order.setBigDecimal(8, total);
                    order.setTimestamp(9, new Timestamp(at));
                    order.addBatch();
                    int refund = OrderStatus.SUBMITTED.getType().equals(status) ? random.nextInt(100) : 100;
                    if (refund < 4) {
                        deduction.setLong(1, ++eventId);
                        deduction.setLong(2, orderId);
                        deduction.setString(3, refund == 0 ? "REFUNDED" : "REFUNDED_IN_PART");
                        deduction.setBigDecimal(4, refund == 0 ? null
                                : total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP));
                        deduction.addBatch();
                        pendingDeductions++;
                    }
                }
                if (c % BATCH == 0 || c == customers) {
                    customer.executeBatch();
                    order.executeBatch();
                    if (pendingDeductions > 0) {
                        // HSQLDB refuses an empty batch.
                        deduction.executeBatch();
                        pendingDeductions = 0;
                    }
                    connection.commit();
                }
            }
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                // As autovacuum would soon after such a load: the planner's statistics of the new rows.
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
        }
        return orderId;
    }

    /**
     * The obvious way: for each customer, Broadleaf's customer and orders and the deductions through JPA, the sum in
     * Java in every window, the tier decided by the saved window's and the standing persisted. Returns tier id and
     * value by customer (none for customers with no placed order).
     */
    private Map<Long, Object[]> ormLoop(List<Long> customerIds) {
        Map<Long, Object[]> decided = new HashMap<Long, Object[]>();
        LoyaltyThresholds thresholds = evaluation.savedThresholds();
        Date now = DatabaseTimes.toTheSecond(new Date());
        for (int from = 0; from < customerIds.size(); from += LOOP_TRANSACTION) {
            List<Long> chunk = customerIds.subList(from, Math.min(customerIds.size(), from + LOOP_TRANSACTION));
            tiers.inTransaction(status -> {
                for (Long id : chunk) {
                    Customer customer = tiers.customerService.readCustomerById(id);
                    if (!customer.isRegistered()) {
                        continue;
                    }
                    List<Order> placed = new ArrayList<Order>();
                    List<Long> orderIds = new ArrayList<Long>();
                    for (Order order : tiers.orderService.findOrdersForCustomer(customer)) {
                        String state = order.getStatus() == null ? null : order.getStatus().getType();
                        if (order.getSubmitDate() != null && state != null
                                && !Arrays.asList("IN_PROCESS", "NAMED", "QUOTE", "CANCELLED").contains(state)) {
                            placed.add(order);
                            orderIds.add(order.getId());
                        }
                    }
                    if (placed.isEmpty()) {
                        continue;
                    }
                    Map<Long, List<OrderDeductionImpl>> deductions = new HashMap<Long, List<OrderDeductionImpl>>();
                    for (OrderDeductionImpl deduction : tiers.em.createQuery("select d from OrderDeductionImpl d"
                            + " where d.orderId in (:orders)", OrderDeductionImpl.class)
                            .setParameter("orders", orderIds).getResultList()) {
                        deductions.computeIfAbsent(deduction.getOrderId(),
                                key -> new ArrayList<OrderDeductionImpl>())
                                .add(deduction);
                    }
                    Map<LoyaltyWindow, BigDecimal> values = new HashMap<LoyaltyWindow, BigDecimal>();
                    for (LoyaltyWindow window : LoyaltyWindow.all()) {
                        values.put(window, BigDecimal.ZERO);
                    }
                    for (Order order : placed) {
                        BigDecimal net = order.getTotal() == null ? BigDecimal.ZERO : order.getTotal().getAmount();
                        boolean voided = false;
                        for (OrderDeductionImpl deduction : deductions.getOrDefault(order.getId(),
                                new ArrayList<OrderDeductionImpl>())) {
                            voided |= OrderEventType.CANCELLED.equals(deduction.getKind())
                                    || OrderEventType.REFUNDED.equals(deduction.getKind());
                            BigDecimal refunded = deduction.getAmount();
                            net = net.subtract(refunded == null ? BigDecimal.ZERO : refunded);
                        }
                        for (LoyaltyWindow window : LoyaltyWindow.all()) {
                            if (!voided && net.signum() >= 0 && !order.getSubmitDate().before(window.start(now))) {
                                values.put(window, values.get(window).add(net));
                            }
                        }
                    }
                    BigDecimal value = values.get(thresholds.getWindow());
                    Long tierId = null;
                    for (LoyaltyThresholds.Tier tier : thresholds.getTiers()) {
                        if (tier.getEntry().compareTo(value) <= 0) {
                            tierId = tier.getId();
                        }
                    }
                    LoyaltyStandingImpl standing = new LoyaltyStandingImpl();
                    standing.customerId = id;
                    standing.tierId = tierId;
                    standing.metricValue = value;
                    standing.valueLifetime = values.get(LoyaltyWindow.LIFETIME);
                    standing.valueRolling12Months = values.get(LoyaltyWindow.ROLLING_12_MONTHS);
                    standing.valueCalendarYear = values.get(LoyaltyWindow.CALENDAR_YEAR);
                    standing.since = now;
                    standing.evaluatedAt = now;
                    tiers.em.persist(standing);
                    decided.put(id, new Object[] {tierId, value});
                }
                tiers.em.flush();
                tiers.em.clear();
                return null;
            });
        }
        return decided;
    }

    /**
     * (c) the simulator with Summit's entry threshold lowered from 200 to 150, in the saved window (null) or in
     * another: both decided over the standings' stored values of the window.
     */
    private void simulate(LoyaltyWindow window) {
        Map<String, String> form = new LinkedHashMap<String, String>();
        LoyaltyDraft saved = simulator.savedDraft();
        form.put(LoyaltyDraft.WINDOW, window == null ? saved.getWindow() : window.getType());
        for (LoyaltyTier tier : standings.tiers()) {
            boolean summit = tier.getId().equals(tiers.summit.getId());
            form.put(LoyaltyDraft.ENTRY_PREFIX + tier.getId(), summit ? "150" : saved.entryOf(tier.getId()));
            form.put(LoyaltyDraft.KEEP_PREFIX + tier.getId(), saved.keepOf(tier.getId()));
        }
        LoyaltyDraft draft = LoyaltyDraft.fromForm(form);
        check(simulator.check(draft).isEmpty(), "the draft has errors: " + simulator.check(draft));
        long started = System.nanoTime();
        String run = simulator.simulate(draft, "benchmark");
        double simulateSeconds = seconds(started);
        long read = System.nanoTime();
        LoyaltySimulation figures = simulator.figures(run);
        double figuresSeconds = seconds(read);
        read = System.nanoTime();
        List<LoyaltySimulation.Mover> firstPage = simulator.movers(run, 0);
        long movers = simulator.moverCount(run);
        double moversSeconds = seconds(read);
        check(figures.getMovingUp() > 0 && !firstPage.isEmpty(), "the draft moved nobody up");
        StringBuilder perTier = new StringBuilder();
        for (LoyaltySimulation.TierFigures tier : figures.getTiers()) {
            perTier.append(String.format(" %s %d -> %d (perks %s -> %s a month);", tier.getTier().getNameEn(),
                    tier.getCustomersNow(), tier.getCustomersDraft(), tier.getMonthlyCostNow(),
                    tier.getMonthlyCostDraft()));
        }
        System.out.printf("(c) simulator, Summit from 150 instead of 200, " + (window == null ? "the saved window"
                        : "window " + window.getType()) + ": %.1f s in all (simulate %.1f s, figures"
                        + " %.1f s, movers' first page and count %.1f s); %d up, %d down, %d movers;%s%n",
                seconds(started), simulateSeconds, figuresSeconds, moversSeconds, figures.getMovingUp(),
                figures.getMovingDown(), movers, perTier);
    }

    /** The checkout step's work at this size: one customer re-evaluated in its own transaction. */
    private void checkouts(List<Long> sampled, int checkouts) {
        double[] times = new double[Math.min(checkouts, sampled.size())];
        for (int warm = 0; warm < times.length; warm++) {
            long id = sampled.get(warm);
            tiers.inTransaction(status -> standings.reevaluate(id, LoyaltyChangeReason.ORDER));
        }
        double total = 0;
        for (int i = 0; i < times.length; i++) {
            long id = sampled.get(sampled.size() - 1 - i);
            long started = System.nanoTime();
            tiers.inTransaction(status -> standings.reevaluate(id, LoyaltyChangeReason.ORDER));
            times[i] = (System.nanoTime() - started) / 1e6;
            total += times[i];
        }
        Arrays.sort(times);
        System.out.printf("(d) the checkout step's evaluation of one customer at this size: mean %.2f ms, p50 %.2f ms,"
                        + " p99 %.2f ms (%d customers, after as many for warm-up)%n", total / times.length,
                times[times.length / 2], times[(int) (times.length * 0.99)], times.length);
    }

    private Map<String, Long> standingsByTier() throws Exception {
        Map<Long, String> names = new HashMap<Long, String>();
        for (LoyaltyTier tier : standings.tiers()) {
            names.put(tier.getId(), tier.getNameEn());
        }
        Map<String, Long> counts = new LinkedHashMap<String, Long>();
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TIER_ID, COUNT(*) AS CUSTOMERS FROM CNC_LOYALTY_STANDING"
                     + " GROUP BY TIER_ID ORDER BY TIER_ID")) {
            while (rows.next()) {
                long tier = rows.getLong(1);
                counts.put(rows.wasNull() ? "no tier" : names.get(tier), rows.getLong(2));
            }
        }
        return counts;
    }

    /** Tier id and value by customer, of those with a standing. */
    private Map<Long, Object[]> standingsOf(List<Long> customerIds) throws Exception {
        Map<Long, Object[]> found = new HashMap<Long, Object[]>();
        try (Connection connection = data.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT TIER_ID, METRIC_VALUE FROM CNC_LOYALTY_STANDING WHERE CUSTOMER_ID = ?")) {
            for (Long id : customerIds) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        long tier = row.getLong(1);
                        found.put(id, new Object[] {row.wasNull() ? null : tier, row.getBigDecimal(2)});
                    }
                }
            }
        }
        return found;
    }

    private void deleteStandings(List<Long> customerIds) throws Exception {
        try (Connection connection = data.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM CNC_LOYALTY_STANDING WHERE CUSTOMER_ID = ?")) {
            connection.setAutoCommit(false);
            for (Long id : customerIds) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
            connection.commit();
        }
    }

    private static boolean sameStanding(Object[] expected, Object[] got) {
        if (expected == null || got == null) {
            return expected == got;
        }
        return Objects.equals(expected[0], got[0]) && ((BigDecimal) expected[1]).compareTo((BigDecimal) got[1]) == 0;
    }

    private static String describe(Object[] standing) {
        return standing == null ? "no standing" : "tier " + standing[0] + ", value " + standing[1];
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    /** The machine's load, to print beside the figures. */
    private static String uptime() {
        try {
            return "load average (1, 5, 15 min): " + new String(Files.readAllBytes(Paths.get("/proc/loadavg")),
                    StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
