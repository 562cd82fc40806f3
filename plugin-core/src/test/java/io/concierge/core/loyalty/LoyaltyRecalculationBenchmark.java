package io.concierge.core.loyalty;

import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * The nightly recalculation at {@code customers} registered customers with {@code ordersPerCustomer} placed orders
 * each (target on PostgreSQL: under 30 s), side by side with the obvious per-customer loop through the ORM on the
 * same data (load the customer, read their orders, add up, find the tier, write the standing; run over the first
 * {@code ormSample} customers and reckoned per customer: target at least 50 times slower), and the simulator over
 * all of them (target under 5 s). Not run by {@code mvn verify}; PostgreSQL only (the data is written with
 * {@code generate_series}): {@code mvn -B -q -pl plugin-core -Pdb-postgresql -Dconcierge.test.db.url=... test-compile
 * exec:exec@loyalty-recalculation-benchmark -Dbench.args="customers ordersPerCustomer ormSample"} (default 1000000 2
 * 2000).
 */
public final class LoyaltyRecalculationBenchmark {

    private static final long FIRST_ID = 10_000_000L;

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int ordersPerCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int ormSample = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        try {
            run(context, customers, ordersPerCustomer, ormSample);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int customers, int ordersPerCustomer,
                            int ormSample) throws Exception {
        LoyaltyTiers.inDatabase();
        JpaTransactionManager transactions = context.getBean("blTransactionManager", JpaTransactionManager.class);
        DataSource data = transactions.getDataSource();
        long started = System.nanoTime();
        try (Connection connection = data.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            long last = FIRST_ID + customers - 1;
            sql.executeUpdate("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME,"
                    + " IS_REGISTERED, DEACTIVATED, PASSWORD_CHANGE_REQUIRED, RECEIVE_EMAIL, IS_PREVIEW,"
                    + " DATE_CREATED) SELECT g, 'bench' || g, 'bench' || g || '@example.com', 'B', 'C', TRUE, FALSE,"
                    + " FALSE, FALSE, FALSE, now() FROM generate_series(" + FIRST_ID + ", " + last + ") g");
            // Totals 10 to 409.99 spread by the id, submitted within the last 300 days: every tier gets customers.
            sql.executeUpdate("INSERT INTO BLC_ORDER (ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, EMAIL_ADDRESS,"
                    + " ORDER_STATUS, ORDER_SUBTOTAL, TOTAL_TAX, TOTAL_SHIPPING, ORDER_TOTAL, SUBMIT_DATE,"
                    + " TAX_OVERRIDE, IS_PREVIEW, DATE_CREATED) SELECT " + FIRST_ID + " + g, 'B' || g,"
                    + " " + FIRST_ID + " + g / " + ordersPerCustomer + ", 'bench@example.com', 'SUBMITTED',"
                    + " 10 + (g::bigint * 7919 % 40000) / 100.0, 0, 5, 15 + (g::bigint * 7919 % 40000) / 100.0,"
                    + " now() - (g % 300) * interval '1 day', FALSE, FALSE, now()"
                    + " FROM generate_series(0, " + ((long) customers * ordersPerCustomer - 1) + ") g");
            sql.execute("ANALYZE");
        }
        System.out.printf("data: %d customers, %d orders written in %.1f s%n", customers,
                (long) customers * ordersPerCustomer, seconds(started));

        LoyaltyRecalculation recalculation = context.getBean("cncLoyaltyRecalculation", LoyaltyRecalculation.class);
        long setStarted = System.nanoTime();
        LoyaltyRecalculation.Outcome outcome = recalculation.runNow();
        double setSeconds = seconds(setStarted);
        System.out.printf("set-based recalculation: %.1f s for %d customer ids, %d tier changes (%.1f us a"
                + " customer)%n", setSeconds, outcome.getCustomersCovered(), outcome.getChanges(),
                setSeconds * 1e6 / customers);

        LoyaltySimulator simulator = context.getBean("cncLoyaltySimulator", LoyaltySimulator.class);
        Map<String, String> form = new HashMap<String, String>();
        form.put("window", "ROLLING_12_MONTHS");
        LoyaltyThresholds saved = context.getBean("cncLoyaltyEvaluation", LoyaltyEvaluation.class).savedThresholds();
        for (LoyaltyThresholds.Tier tier : saved.getTiers()) {
            form.put("entry-" + tier.getId(), tier.getEntry().multiply(new BigDecimal("0.8")).setScale(2).toPlainString());
            form.put("keep-" + tier.getId(), tier.getKeep().multiply(new BigDecimal("0.8")).setScale(2).toPlainString());
        }
        long simulated = System.nanoTime();
        String run = simulator.simulate(LoyaltyDraft.fromForm(form), "benchmark");
        double simulateSeconds = seconds(simulated);
        long read = System.nanoTime();
        LoyaltySimulation figures = simulator.figures(run);
        simulator.movers(run, 0);
        double figureSeconds = seconds(read);
        System.out.printf("simulator: %.1f s to simulate (thresholds 20 %% lower), %.1f s for the figures and the"
                + " first page of movers; %d up, %d down%n", simulateSeconds, figureSeconds, figures.getMovingUp(),
                figures.getMovingDown());

        EntityManagerFactory factory = transactions.getEntityManagerFactory();
        long ormStarted = System.nanoTime();
        for (int from = 0; from < ormSample; from += 100) {
            int batchFrom = from;
            new TransactionTemplate(transactions).execute(status -> {
                EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
                List<LoyaltyTier> tiers = em.createQuery("select t from LoyaltyTierImpl t order by t.rank",
                        LoyaltyTier.class).getResultList();
                for (long id = FIRST_ID + batchFrom; id < FIRST_ID + Math.min(ormSample, batchFrom + 100); id++) {
                    ormEvaluate(em, id, tiers);
                }
                return null;
            });
        }
        double ormSeconds = seconds(ormStarted);
        double ormPerCustomer = ormSeconds / ormSample;
        double setPerCustomer = setSeconds / customers;
        System.out.printf("per-customer ORM loop: %.1f s for %d customers (%.0f us a customer, %.0f s reckoned for"
                        + " %d); the set-based run is %.0f times faster per customer%n", ormSeconds, ormSample,
                ormPerCustomer * 1e6, ormPerCustomer * customers, customers, ormPerCustomer / setPerCustomer);
    }

    /** The obvious way: the customer's orders through Broadleaf's entities, added up in Java, the standing saved. */
    private static void ormEvaluate(EntityManager em, long customerId, List<LoyaltyTier> tiers) {
        Customer customer = em.find(CustomerImpl.class, customerId);
        BigDecimal value = BigDecimal.ZERO;
        for (Order order : em.createQuery("select o from OrderImpl o where o.customer = :customer",
                Order.class).setParameter("customer", customer).getResultList()) {
            if (order.getSubmitDate() != null && OrderStatus.SUBMITTED.equals(order.getStatus())
                    && em.createQuery("select count(d) from LoyaltyDeductionImpl d where d.orderId = :order",
                    Long.class).setParameter("order", order.getId()).getSingleResult() == 0) {
                value = value.add(order.getTotal().getAmount());
            }
        }
        LoyaltyTier reached = null;
        for (LoyaltyTier tier : tiers) {
            if (tier.getEntryThreshold().compareTo(value) <= 0) {
                reached = tier;
            }
        }
        LoyaltyStandingImpl standing = em.find(LoyaltyStandingImpl.class, customerId);
        if (standing != null) {
            standing.tierId = reached == null ? standing.tierId : reached.getId();
            standing.metricValue = value;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
