package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.loyalty.LoyaltyCheckoutActivity;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the help center's step in Broadleaf's checkout workflow ({@link CheckoutTimelineActivity}: "placed", "paid",
 * and through {@link OrderMails} the confirmation mail into the outbox) adds to one checkout. Not run by
 * {@code mvn verify}. The test context (in-memory HSQLDB, or the database of the {@code concierge.test.db.*}
 * properties); each checkout is a new shopper's priced cart with one product, paid on delivery, checked out by
 * {@code blCheckoutService} as the storefront does (one entity manager for the request, no transaction around the
 * workflow). Only {@code performCheckout} is timed; the cart is made before.
 * <p>
 * Four ways, alternating in rounds after a warm-up of each:
 * <ul>
 * <li>{@code on}: the help center switched on, the activity in the workflow (the store as installed);</li>
 * <li>{@code no-mail}: as {@code on}, with the order confirmation mail switched off in the help center's options
 * (the timeline's part alone);</li>
 * <li>{@code switched-off}: the capability switched off in the admin's switch ({@code cncCapabilitySwitches}); the
 * activity does not consult the switch, so it still records (but mails nothing);</li>
 * <li>{@code without}: the activity taken out of {@code blCheckoutWorkflow}, as in a store without the help center's
 * patch files: Broadleaf's checkout alone;</li>
 * <li>{@code no-loyalty}: as {@code on}, with loyalty's step ({@link LoyaltyCheckoutActivity}: the shopper's standing
 * evaluated by the set-based SQL in its own transaction) taken out: {@code on} against it is what loyalty adds.</li>
 * </ul>
 * {@code mvn -B -q -pl plugin-core test-compile exec:exec@checkout-activity-benchmark -Dbench.args="checkoutsPerRound
 * rounds warmup"} (default 200 5 300).
 */
public final class CheckoutActivityBenchmark {

    enum Way { ON, NO_MAIL, SWITCHED_OFF, WITHOUT, NO_LOYALTY }

    private final TestOrders orders = TestOrders.fromContext();
    private final CheckoutService checkoutService;
    private final OrderService orderService;
    private final OrderTimelineService timelineService;
    private final CapabilitySwitchService switches;
    private final StoreOptionsService storeOptions;
    private final SequenceProcessor workflow;
    private final List<Activity<ProcessContext<?>>> withActivity;
    private final List<Activity<ProcessContext<?>>> withoutActivity;
    private final List<Activity<ProcessContext<?>>> withoutLoyalty;

    private CheckoutActivityBenchmark(ConfigurableApplicationContext context) {
        checkoutService = context.getBean("blCheckoutService", CheckoutService.class);
        orderService = context.getBean("blOrderService", OrderService.class);
        timelineService = context.getBean("cncOrderTimelineService", OrderTimelineService.class);
        switches = context.getBean("cncCapabilitySwitches", CapabilitySwitchService.class);
        storeOptions = context.getBean("cncStoreOptions", StoreOptionsService.class);
        workflow = context.getBean("blCheckoutWorkflow", SequenceProcessor.class);
        withActivity = new ArrayList<Activity<ProcessContext<?>>>(workflow.getActivities());
        withoutActivity = without(CheckoutTimelineActivity.class);
        withoutLoyalty = without(LoyaltyCheckoutActivity.class);
    }

    /** The workflow's activities but the one of this type. */
    private List<Activity<ProcessContext<?>>> without(Class<?> type) {
        List<Activity<ProcessContext<?>>> others = new ArrayList<Activity<ProcessContext<?>>>();
        for (Activity<ProcessContext<?>> activity : withActivity) {
            if (!type.isInstance(activity)) {
                others.add(activity);
            }
        }
        if (others.size() != withActivity.size() - 1) {
            throw new IllegalStateException("blCheckoutWorkflow has not exactly one " + type.getSimpleName() + ": "
                    + withActivity);
        }
        return others;
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        int status = 0;
        try {
            CheckoutActivityBenchmark benchmark = new CheckoutActivityBenchmark(context);
            System.out.println("Database: " + System.getProperty("concierge.test.db.url") + "; " + rounds
                    + " rounds of " + perRound + " checkouts each way, after " + warmup + " each way not measured");
            benchmark.run(perRound, rounds, warmup);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private void run(int perRound, int rounds, int warmup) throws Exception {
        for (Way way : Way.values()) {
            checkouts(way, warmup);
        }
        Map<Way, long[]> measured = new EnumMap<Way, long[]>(Way.class);
        for (Way way : Way.values()) {
            measured.put(way, new long[perRound * rounds]);
        }
        for (int round = 0; round < rounds; round++) {
            // Each round in another order, so a drift of the machine does not favour one way.
            Way[] ways = Way.values();
            for (int i = 0; i < ways.length; i++) {
                Way way = ways[(i + round) % ways.length];
                long[] nanos = checkouts(way, perRound);
                System.arraycopy(nanos, 0, measured.get(way), round * perRound, perRound);
                System.out.printf(Locale.ROOT, "round %d, %-12s mean %.2f ms, p50 %.2f ms (load average %.2f)%n",
                        round + 1, name(way), mean(nanos), percentile(sorted(nanos), 50),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        confirmationMail(true);
        switches.setOn("helpcenter", true);
        workflow.setActivities(withActivity);
        System.out.println();
        double base = mean(measured.get(Way.WITHOUT));
        double basePercentile50 = percentile(sorted(measured.get(Way.WITHOUT)), 50);
        for (Way way : Way.values()) {
            long[] all = sorted(measured.get(way));
            double mean = mean(all);
            double p50 = percentile(all, 50);
            System.out.printf(Locale.ROOT, "%-12s %d checkouts: mean %.2f ms, p50 %.2f ms, p99 %.2f ms;"
                            + " against without: mean %+.2f ms (%+.1f %%), p50 %+.2f ms (%+.1f %%)%n",
                    name(way), all.length, mean, p50, percentile(all, 99), mean - base, 100 * (mean - base) / base,
                    p50 - basePercentile50, 100 * (p50 - basePercentile50) / basePercentile50);
        }
        long[] on = sorted(measured.get(Way.ON));
        long[] noLoyalty = sorted(measured.get(Way.NO_LOYALTY));
        System.out.printf(Locale.ROOT, "loyalty's step (on against no-loyalty): mean %+.2f ms, p50 %+.2f ms, p99"
                        + " %+.2f ms a checkout%n", mean(on) - mean(noLoyalty),
                percentile(on, 50) - percentile(noLoyalty, 50), percentile(on, 99) - percentile(noLoyalty, 99));
    }

    /** Checks out this many new carts this way; returns each checkout's time. */
    private long[] checkouts(Way way, int count) throws Exception {
        switches.setOn("helpcenter", way != Way.SWITCHED_OFF);
        confirmationMail(way != Way.NO_MAIL);
        workflow.setActivities(way == Way.WITHOUT ? withoutActivity
                : way == Way.NO_LOYALTY ? withoutLoyalty : withActivity);
        long[] nanos = new long[count];
        Order last = null;
        for (int i = 0; i < count; i++) {
            long[] took = new long[1];
            last = orders.withOpenEntityManager(() -> {
                Order cart = orders.pricedCart();
                orders.pay(cart, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
                Order order = orderService.findOrderById(cart.getId());
                long start = System.nanoTime();
                Order submitted = checkoutService.performCheckout(order).getOrder();
                took[0] = System.nanoTime() - start;
                return submitted;
            });
            nanos[i] = took[0];
        }
        long orderId = last.getId();
        int events = timelineService.timeline(orderId).events().size();
        long mails = orders.inTransaction(status -> EntityManagerFactoryUtils
                .getTransactionalEntityManager(orders.entityManagerFactory)
                .createQuery("select count(m) from OutboxMailImpl m where m.idempotencyKey like :prefix", Long.class)
                .setParameter("prefix", "order-" + orderId + "-event-%").getSingleResult());
        boolean recorded = way != Way.WITHOUT;
        // Switched off, the help center records the timeline but mails nothing.
        boolean mailed = way == Way.ON || way == Way.NO_LOYALTY;
        if (recorded != (events > 0) || mailed != (mails > 0)) {
            throw new IllegalStateException(name(way) + ": the last checkout's timeline has " + events
                    + " events, the outbox " + mails + " of its mails");
        }
        return nanos;
    }

    private void confirmationMail(boolean on) {
        HelpCenterOptionsImpl options = (HelpCenterOptionsImpl) storeOptions.read(HelpCenterOptionsImpl.class);
        options.setMailOn(OrderMail.CONFIRMATION, on);
        storeOptions.save(options);
    }

    private static String name(Way way) {
        return way.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static long[] sorted(long[] nanos) {
        long[] copy = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(copy);
        return copy;
    }

    private static double mean(long[] nanos) {
        double sum = 0;
        for (long n : nanos) {
            sum += n;
        }
        return sum / nanos.length / 1e6;
    }

    private static double percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
