package io.concierge.core.guidance;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.orders.AnnouncedEvent;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventListener;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.DefaultProcessContextImpl;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What guidance sells, on the test database (HSQLDB, PostgreSQL, MariaDB): items added from a recommendation count
 * with their price times quantity when their order is placed, per block and lead reason, once; an item removed
 * before the order is placed, or never added from a recommendation, does not count; the step in Broadleaf's checkout
 * workflow does the counting; later cancellations and refunds come off.
 */
@ExtendWith(BroadleafContextExtension.class)
class GuidanceRevenueIT {

    private static final TrackedRecommendation MEASURED_TENT = new TrackedRecommendation(GuidanceBlock.GOES_WELL_WITH,
            Reason.Kind.BOUGHT_TOGETHER, 1);
    private static final TrackedRecommendation ALTERNATIVE = new TrackedRecommendation(GuidanceBlock.CONSIDER_INSTEAD,
            Reason.Kind.ALTERNATIVE, 2);

    @Resource(name = "cncGuidanceRevenue")
    GuidanceRevenue revenue;

    @Resource(name = "cncGuidanceTracking")
    GuidanceTracking tracking;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timeline;

    @Resource(name = "cncOrderDeductions")
    OrderEventListener deductions;

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Test
    void itemsAddedFromARecommendationCountWithTheirRevenueOnceTheirOrderIsPlacedAndOnlyOnce() throws Exception {
        Baskets baskets = Baskets.fromContext();
        Product footprint = baskets.products(1, "30.00").get(0);
        Product pack = baskets.products(1, "219.00").get(0);
        Product stove = baskets.products(1, "45.50").get(0);
        Product lantern = baskets.products(1, "12.00").get(0);
        Order cart = baskets.cart(footprint, footprint, pack, stove, lantern);
        Order otherCart = baskets.cart(footprint);
        GuidanceReport.Line measuredBefore = line(today(), MEASURED_TENT);
        GuidanceReport.Line alternativeBefore = line(today(), ALTERNATIVE);

        revenue.added(itemOf(cart, footprint).getId(), cart.getId(), MEASURED_TENT);
        revenue.added(itemOf(cart, footprint).getId(), cart.getId(), ALTERNATIVE);
        revenue.added(itemOf(cart, pack).getId(), cart.getId(), ALTERNATIVE);
        revenue.added(itemOf(cart, lantern).getId(), cart.getId(), MEASURED_TENT);
        revenue.added(itemOf(otherCart, footprint).getId(), otherCart.getId(), MEASURED_TENT);
        revenue.added(987654321L, cart.getId(), MEASURED_TENT);
        orderService.removeItem(cart.getId(), itemOf(cart, lantern).getId(), false);
        assertThat(line(today(), MEASURED_TENT).getOrders()).as("nothing is sold from a cart")
                .isEqualTo(measuredBefore.getOrders());

        Order placed = place(cart);
        assertThat(revenue.orderPlaced(placed.getId())).as("counted now").isEqualTo(2);
        assertThat(revenue.orderPlaced(placed.getId())).as("counted again").isZero();

        GuidanceReport report = today();
        GuidanceReport.Line measured = line(report, MEASURED_TENT);
        GuidanceReport.Line alternative = line(report, ALTERNATIVE);
        // The footprint twice (the first recommendation it was added from), the pack once; the lantern left the cart.
        assertThat(measured.getOrders() - measuredBefore.getOrders()).isEqualTo(1);
        assertThat(measured.getRevenue().subtract(measuredBefore.getRevenue())).isEqualByComparingTo("60.00");
        assertThat(alternative.getOrders() - alternativeBefore.getOrders()).isEqualTo(1);
        assertThat(alternative.getRevenue().subtract(alternativeBefore.getRevenue())).isEqualByComparingTo("219.00");
        BigDecimal orderTotal = placed.getTotal() == null ? BigDecimal.ZERO : placed.getTotal().getAmount();
        assertThat(measured.getOrdersTotal().subtract(measuredBefore.getOrdersTotal()))
                .isEqualByComparingTo(orderTotal.setScale(2, java.math.RoundingMode.HALF_UP));
        List<BigDecimal> perDay = report.getRevenuePerDay();
        assertThat(perDay.get(perDay.size() - 1)).isGreaterThanOrEqualTo(new BigDecimal("279.00"));
    }

    @Test
    void broadleafsCheckoutWorkflowCountsThePlacedOrder() throws Exception {
        GuidanceCheckoutActivity step = null;
        for (Object activity : checkoutWorkflow.getActivities()) {
            if (activity instanceof GuidanceCheckoutActivity) {
                step = (GuidanceCheckoutActivity) activity;
            }
        }
        assertThat(step).as("guidance's step in blCheckoutWorkflow").isNotNull();
        Baskets baskets = Baskets.fromContext();
        Product tarp = baskets.products(1, "64.00").get(0);
        Order cart = baskets.cart(tarp);
        revenue.added(itemOf(cart, tarp).getId(), cart.getId(), ALTERNATIVE);
        GuidanceReport.Line before = line(today(), ALTERNATIVE);

        DefaultProcessContextImpl<CheckoutSeed> context = new DefaultProcessContextImpl<CheckoutSeed>();
        context.setSeedData(new CheckoutSeed(place(cart), Collections.<String, Object>emptyMap()));
        step.execute(context);

        GuidanceReport.Line after = line(today(), ALTERNATIVE);
        assertThat(after.getOrders() - before.getOrders()).isEqualTo(1);
        assertThat(after.getRevenue().subtract(before.getRevenue())).isEqualByComparingTo("64.00");
    }

    @Test
    void laterCancellationsAndRefundsComeOffWhatGuidanceSold() throws Exception {
        TestOrders orders = TestOrders.fromContext();
        TrackedRecommendation fromCart = new TrackedRecommendation(GuidanceBlock.IN_CART, Reason.Kind.BOUGHT_TOGETHER, 3);
        GuidanceReport.Line before = line(today(), fromCart);
        Order cancelled = soldFrom(orders.checkedOut(), fromCart);
        Order refunded = soldFrom(orders.checkedOut(), fromCart);
        Order refundedInPart = soldFrom(orders.checkedOut(), fromCart);
        Order refundedUpToItsTotal = soldFrom(orders.checkedOut(), fromCart);
        assertThat(line(today(), fromCart).getOrders() - before.getOrders()).isEqualTo(4);
        assertThat(line(today(), fromCart).getRevenue().subtract(before.getRevenue())).isEqualByComparingTo("100.00");

        // A cancellation on the order timeline leaves the kernel's deduction that guidance reads; order care alone
        // records refunds (a refund in part with the real refund), so those events are handed to the kernel's
        // listener as the timeline would.
        new TransactionTemplate(transactionManager).execute(status -> {
            try {
                return timeline.record(cancelled.getId(), NewOrderEvent.byAgent(OrderEventType.CANCELLED, 42));
            } catch (Exception refused) {
                throw new IllegalStateException(refused);
            }
        });
        BigDecimal total = refundedInPart.getTotal().getAmount();
        BigDecimal fifth = total.divide(new BigDecimal(5), 2, java.math.RoundingMode.HALF_UP);
        deductions.eventRecorded(event(refunded, OrderEventType.REFUNDED, null));
        deductions.eventRecorded(event(refundedInPart, OrderEventType.REFUNDED_IN_PART, fifth));
        deductions.eventRecorded(event(refundedUpToItsTotal, OrderEventType.REFUNDED_IN_PART,
                refundedUpToItsTotal.getTotal().getAmount()));

        GuidanceReport.Line after = line(today(), fromCart);
        assertThat(after.getOrders() - before.getOrders()).as("only the order refunded in part is left").isEqualTo(1);
        BigDecimal net = new BigDecimal("25.00").subtract(new BigDecimal("25.00").multiply(fifth)
                .divide(total, 5, java.math.RoundingMode.HALF_UP));
        assertThat(after.getRevenue().subtract(before.getRevenue()))
                .isCloseTo(net, org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
        assertThat(after.getOrdersTotal().subtract(before.getOrdersTotal()))
                .isEqualByComparingTo(total.subtract(fifth));
    }

    /** The order's (one) item noted as added from the recommendation, and counted as sold. */
    private Order soldFrom(Order order, TrackedRecommendation recommendation) {
        long item = new TransactionTemplate(transactionManager).execute(status ->
                orderService.findOrderById(order.getId()).getOrderItems().get(0).getId());
        revenue.added(item, order.getId(), recommendation);
        assertThat(revenue.orderPlaced(order.getId())).isEqualTo(1);
        return order;
    }

    /** An order event of the order as the timeline hands it to its listeners (an id of its own for each). */
    private static OrderEvent event(Order order, OrderEventType type, BigDecimal amount) {
        return AnnouncedEvent.of(-order.getId() * 10 - type.ordinal(), order.getId(), type, amount);
    }

    private Order place(Order cart) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Order order = orderService.findOrderById(cart.getId());
            order.setStatus(OrderStatus.SUBMITTED);
            order.setSubmitDate(new Date());
            try {
                return orderService.save(order, true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private OrderItem itemOf(Order cart, Product product) {
        return new TransactionTemplate(transactionManager).execute(status -> orderService.findOrderById(cart.getId())
                .getOrderItems().stream()
                .filter(item -> item instanceof org.broadleafcommerce.core.order.domain.DiscreteOrderItem
                        && ((org.broadleafcommerce.core.order.domain.DiscreteOrderItem) item).getProduct().getId()
                        .equals(product.getId())).findFirst().get());
    }

    private GuidanceReport today() {
        return tracking.report(LocalDate.now(), LocalDate.now());
    }

    private static GuidanceReport.Line line(GuidanceReport report, TrackedRecommendation recommendation) {
        return report.getLines().stream().filter(line -> line.getBlock().equals(recommendation.getBlock().code())
                && line.getReason().equals(recommendation.getReason().name())).findFirst().get();
    }
}
