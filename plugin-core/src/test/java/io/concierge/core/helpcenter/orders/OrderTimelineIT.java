package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.CapabilityRows;
import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptions;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.DefaultProcessContextImpl;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order timeline on Broadleaf's real order and checkout services, on the build's database. */
@ExtendWith(BroadleafContextExtension.class)
class OrderTimelineIT {

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelineService;

    @Resource(name = "cncCapabilityRows")
    CapabilityRows capabilityRows;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    @Test
    void broadleafsCheckoutWorkflowRecordsPlacedAndPaidOnce() throws Exception {
        Order submitted = orders.checkedOut();
        assertThat(submitted.getStatus()).isEqualTo(OrderStatus.SUBMITTED);

        OrderTimeline timeline = timelineService.timeline(submitted.getId());
        assertThat(timeline.events()).extracting(OrderEvent::getType)
                .containsExactly(OrderEventType.PLACED, OrderEventType.PAID);
        OrderEvent placed = timeline.events().get(0);
        assertThat(placed.getSource()).isEqualTo(EventSource.CHECKOUT);
        assertThat(placed.getActor()).isEqualTo(Actor.customer(submitted.getCustomer().getId()));
        assertThat(placed.getOccurredAt()).isEqualTo(DatabaseTimes.toTheSecond(submitted.getSubmitDate()));
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.PLACED);
        assertThat(timeline.status().isPaid()).isTrue();

        // The workflow's step again, as a re-run checkout would: recorded once.
        new CheckoutTimelineActivity(timelineService).execute(checkoutContext(submitted));
        assertThat(timelineService.timeline(submitted.getId()).events()).hasSize(2);
    }

    @Test
    void inTheCallersTransactionTheEventsCommitOrRollBackWithTheCheckout() throws Exception {
        final Order cart = orders.withOpenEntityManager(() -> {
            Order priced = orders.pricedCart();
            orders.pay(priced, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            return priced;
        });
        inTransaction(status -> {
            try {
                checkoutService.performCheckout(orderService.findOrderById(cart.getId()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(timelineService.timeline(cart.getId()).events()).hasSize(2);
            status.setRollbackOnly();
            return null;
        });
        assertThat(timelineService.timeline(cart.getId()).events()).isEmpty();
    }

    @Test
    void aFailedCheckoutTakesBackWhatItRecorded() throws Exception {
        Order submitted = orders.checkedOut();
        new CheckoutTimelineRollbackHandler(timelineService).rollbackState(null, checkoutContext(submitted),
                new HashMap<String, Object>());
        assertThat(timelineService.timeline(submitted.getId()).events()).isEmpty();
    }

    @Test
    void aCareAgentRecordsTheFulfillmentAndARefusedEventLeavesNoTrace() throws Exception {
        long orderId = orders.checkedOut().getId();
        timelineService.record(orderId, NewOrderEvent.byAgent(OrderEventType.SHIPPED, 42)
                .shipment("CTT", "RR123", "https://track.example/RR123")
                .estimatedDelivery(LocalDate.of(2026, 12, 24)));

        assertThatThrownBy(() -> timelineService.record(orderId, NewOrderEvent.byAgent(OrderEventType.CANCELLED, 42)))
                .isInstanceOf(RefusedOrderEventException.class)
                .extracting(e -> ((RefusedOrderEventException) e).refusal()).isEqualTo(Refusal.ALREADY_SHIPPED);

        OrderTimeline timeline = timelineService.timeline(orderId);
        assertThat(timeline.events()).extracting(OrderEvent::getType)
                .containsExactly(OrderEventType.PLACED, OrderEventType.PAID, OrderEventType.SHIPPED);
        assertThat(timeline.events()).extracting(OrderEvent::getPosition).containsExactly(1, 2, 3);
        OrderEvent shipped = timeline.events().get(2);
        assertThat(shipped.getSource()).isEqualTo(EventSource.AGENT);
        assertThat(shipped.getActor()).isEqualTo(Actor.adminUser(42));
        assertThat(shipped.getTrackingUrl()).isEqualTo("https://track.example/RR123");
        assertThat(shipped.getEstimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.SHIPPED);
        assertThat(timeline.status().carrier()).isEqualTo("CTT");
    }

    @Test
    void theSameSenderEventTwiceIsRecordedOnceAndAnotherSourceMayUseTheSameId() throws Exception {
        long orderId = orders.checkedOut().getId();
        NewOrderEvent delayed = NewOrderEvent.fromIntegration(OrderEventType.DELAYED, "carrier")
                .reason("Storm at the hub").senderEventId("evt-7");

        RecordedEvent first = timelineService.record(orderId, delayed);
        RecordedEvent again = timelineService.record(orderId, delayed);
        RecordedEvent byAgent = timelineService.record(orderId, NewOrderEvent.byAgent(OrderEventType.DELAYED, 3)
                .reason("Called the carrier").senderEventId("evt-7"));

        assertThat(first.isRepeat()).isFalse();
        assertThat(again.isRepeat()).isTrue();
        assertThat(again.event().getId()).isEqualTo(first.event().getId());
        assertThat(byAgent.isRepeat()).isFalse();
        assertThat(timelineService.timeline(orderId).events()).extracting(OrderEvent::getType)
                .containsExactly(OrderEventType.PLACED, OrderEventType.PAID, OrderEventType.DELAYED,
                        OrderEventType.DELAYED);
        assertThat(countEvents(orderId, "evt-7")).isEqualTo(2);
    }

    @Test
    void anUnknownOrderIsSaidSoAndGetsNoEvent() {
        long unknown = 987_654_321L;
        assertThatThrownBy(() -> timelineService.record(unknown, NewOrderEvent.byAgent(OrderEventType.PICKED, 1)))
                .isInstanceOf(UnknownOrderException.class);
        assertThat(timelineService.timeline(unknown).events()).isEmpty();
        assertThat(timelineService.orderIdOf("no-such-order")).isNull();
    }

    @Test
    void ordersAreFoundByTheirNumber() throws Exception {
        Order submitted = orders.checkedOut();
        assertThat(timelineService.orderIdOf(submitted.getOrderNumber())).isEqualTo(submitted.getId());
    }

    @Test
    void theStoresOptionsRowIsMadeOnceWithTheDefaults() {
        assertThat(capabilityRows.createMissing()).as("made at this context's start").isEmpty();
        inTransaction(status -> em.createQuery("delete from HelpCenterOptionsImpl").executeUpdate());
        assertThat(capabilityRows.createMissing()).containsExactly("helpcenter options");
        assertThat(capabilityRows.createMissing()).isEmpty();

        HelpCenterOptions options = timelineService.options();
        assertThat(options).isInstanceOf(HelpCenterOptionsImpl.class);
        assertThat(options.getId()).isEqualTo(StoreOptions.STORE_ROW_ID);
        assertThat(options.getChangeDeadline()).isEqualTo(ChangeDeadline.UNTIL_PICKED);
        assertThat(options.getDailyCutoff()).isNull();
        assertThat(options.getReturnWindowDays()).isEqualTo(30);
    }

    private static DefaultProcessContextImpl<CheckoutSeed> checkoutContext(Order order) {
        DefaultProcessContextImpl<CheckoutSeed> context = new DefaultProcessContextImpl<CheckoutSeed>();
        context.setSeedData(new CheckoutSeed(order, new HashMap<String, Object>()));
        return context;
    }

    private long countEvents(long orderId, String senderEventId) {
        List<?> found = em.createQuery("select e.id from OrderEventImpl e where e.orderId = :order"
                        + " and e.senderEventId = :sender")
                .setParameter("order", orderId).setParameter("sender", senderEventId).getResultList();
        return found.size();
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }
}
