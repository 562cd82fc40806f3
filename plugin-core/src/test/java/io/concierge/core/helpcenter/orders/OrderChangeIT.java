package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Order changes on Broadleaf's real order, pricing and payment services, on the build's database. */
@ExtendWith(BroadleafContextExtension.class)
class OrderChangeIT {

    private static final String CLIENT = "203.0.113.9";
    private static final int RACE_ROUNDS = 20;

    @Resource(name = "cncOrderChangeService")
    OrderChangeService changeService;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelineService;

    private final TestOrders orders = TestOrders.fromContext();

    private static NewAddress newYork() {
        return new NewAddress().setFirstName("Ana").setLastName("Souza").setAddressLine1("350 Fifth Avenue")
                .setCity("New York").setPostalCode("10118").setCountry("US").setState("NY").setPhone("+1 212 555 0100");
    }

    private static Requester shopperOf(Order order) {
        return Requester.shopper(order.getCustomer().getId(), CLIENT);
    }

    @Test
    void aNewAddressIsShippedToAndRepricedWithTheChangeOnTheTimelineAndInTheAuditTrail() throws Exception {
        Order order = orders.checkedOut();
        assertThat(shipping(order.getId())).containsExactly("Lisboa", "PT", null, "5.00", "30.00");

        ChangeOutcome outcome = changeService.changeShippingAddress(order.getId(), shopperOf(order), newYork());

        assertThat(outcome.isMade()).as(outcome.toString()).isTrue();
        assertThat(shipping(order.getId())).containsExactly("New York", "US", "NY", "12.00", "37.00");
        OrderEvent changed = last(timelineService.timeline(order.getId()));
        assertThat(changed.getType()).isEqualTo(OrderEventType.ADDRESS_CHANGED);
        assertThat(changed.getSource()).isEqualTo(EventSource.SHOPPER);
        assertThat(changed.getActor()).isEqualTo(Actor.customer(order.getCustomer().getId()));

        List<OrderAuditEntry> trail = changeService.auditTrail(order.getId());
        assertThat(trail).hasSize(1);
        OrderAuditEntry entry = trail.get(0);
        assertThat(entry.getChange()).isEqualTo(AuditedChange.SHIPPING_ADDRESS);
        assertThat(entry.getSource()).isEqualTo(EventSource.SHOPPER);
        assertThat(entry.getActor()).isEqualTo(Actor.customer(order.getCustomer().getId()));
        assertThat(entry.getClientAddress()).isEqualTo(CLIENT);
        assertThat(entry.getChangedAt()).isCloseTo(changed.getRecordedAt(), 1000);
        assertThat(entry.getBefore()).contains("\"city\":\"Lisboa\"", "\"country\":\"PT\"", "\"shippingPrice\":\"5.00\"",
                "\"total\":\"30.00\"");
        assertThat(entry.getAfter()).contains("\"city\":\"New York\"", "\"state\":\"NY\"", "\"shippingPrice\":\"12.00\"",
                "\"total\":\"37.00\"");
    }

    @Test
    void aBadAddressIsFieldErrorsAndChangesNothing() throws Exception {
        Order order = orders.checkedOut();
        ChangeOutcome outcome = changeService.changeShippingAddress(order.getId(), shopperOf(order),
                newYork().setCity(" ").setCountry("XX"));

        assertThat(outcome.isMade()).isFalse();
        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.fieldErrors()).containsOnly(entry("city", AddressRules.REQUIRED),
                entry("country", AddressRules.UNKNOWN_COUNTRY));
        assertUnchanged(order);
    }

    @Test
    void cancellingCancelsTheBroadleafOrderRefundsItsPaymentAndTellsTheTimeline() throws Exception {
        Order order = orders.checkedOut();
        ChangeOutcome outcome = changeService.cancel(order.getId(), Requester.guest(CLIENT));

        assertThat(outcome.isMade()).as(outcome.toString()).isTrue();
        assertThat(status(order.getId())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(transactions(order.getId())).containsExactly("AUTHORIZE_AND_CAPTURE 30.00 true",
                "REFUND 30.00 true child of AUTHORIZE_AND_CAPTURE from " + CLIENT);
        OrderEvent cancelled = last(timelineService.timeline(order.getId()));
        assertThat(cancelled.getType()).isEqualTo(OrderEventType.CANCELLED);
        assertThat(cancelled.getSource()).isEqualTo(EventSource.GUEST);
        assertThat(timelineService.timeline(order.getId()).status().stage()).isEqualTo(OrderStage.CANCELLED);

        OrderAuditEntry entry = changeService.auditTrail(order.getId()).get(0);
        assertThat(entry.getChange()).isEqualTo(AuditedChange.CANCELLATION);
        assertThat(entry.getSource()).isEqualTo(EventSource.GUEST);
        assertThat(entry.getActor()).as("the guest's anonymous customer")
                .isEqualTo(Actor.customer(order.getCustomer().getId()));
        assertThat(entry.getBefore()).contains("\"status\":\"SUBMITTED\"").doesNotContain("REFUND");
        assertThat(entry.getAfter()).contains("\"status\":\"CANCELLED\"", "Passthrough REFUND 30.00");

        assertThat(changeService.cancel(order.getId(), Requester.guest(CLIENT)).refusal().reason())
                .as("cancelled once").isEqualTo(ChangeRefusal.Reason.CANCELLED);
        assertThat(transactions(order.getId())).hasSize(2);
    }

    @Test
    void anAuthorizationNotYetCapturedIsVoided() throws Exception {
        Order order = orders.checkedOut(PaymentTransactionType.AUTHORIZE);
        assertThat(changeService.cancel(order.getId(), Requester.agent(42, CLIENT)).isMade()).isTrue();
        assertThat(transactions(order.getId())).containsExactly("AUTHORIZE 30.00 true",
                "VOID 30.00 true child of AUTHORIZE from " + CLIENT);
        assertThat(changeService.auditTrail(order.getId()).get(0).getActor()).isEqualTo(Actor.adminUser(42));
    }

    @Test
    void afterThePickBothAreRefusedWithTheTimeOfThePickAndNothingChanges() throws Exception {
        Order order = orders.checkedOut();
        OrderEvent picked = timelineService.record(order.getId(), NewOrderEvent.byAgent(OrderEventType.PICKED, 42))
                .event();

        ChangeOutcome change = changeService.changeShippingAddress(order.getId(), shopperOf(order), newYork());
        ChangeOutcome cancel = changeService.cancel(order.getId(), Requester.agent(42, CLIENT));

        for (ChangeOutcome refused : new ChangeOutcome[]{change, cancel}) {
            assertThat(refused.isMade()).isFalse();
            assertThat(refused.refusal().reason()).isEqualTo(ChangeRefusal.Reason.PICKED);
            assertThat(refused.refusal().since()).isEqualTo(picked.getOccurredAt());
            assertThat(refused.refusal().messageKey()).isEqualTo("helpcenter.orders.changeRefused.picked");
        }
        assertThat(shipping(order.getId())).containsExactly("Lisboa", "PT", null, "5.00", "30.00");
        assertThat(status(order.getId())).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(transactions(order.getId())).hasSize(1);
        List<OrderAuditEntry> trail = changeService.auditTrail(order.getId());
        assertThat(trail).as("only the agent's event").extracting(OrderAuditEntry::getChange)
                .containsExactly(AuditedChange.TIMELINE_EVENT);
        assertThat(trail.get(0).getActor()).isEqualTo(Actor.adminUser(42));
        assertThat(trail.get(0).getBefore()).isNull();
        assertThat(trail.get(0).getAfter()).contains("\"event\":\"picked\"");
    }

    @Test
    void aShopperChangesOnlyTheirOwnOrdersAndAnUnknownOrderIsSaidSo() throws Exception {
        Order order = orders.checkedOut();
        ChangeOutcome outcome = changeService.cancel(order.getId(),
                Requester.shopper(order.getCustomer().getId() + 1, CLIENT));
        assertThat(outcome.refusal().reason()).isEqualTo(ChangeRefusal.Reason.NOT_YOUR_ORDER);
        assertUnchanged(order);
        assertThatThrownBy(() -> changeService.cancel(987_654_321L, Requester.guest(CLIENT)))
                .isInstanceOf(UnknownOrderException.class);
    }

    /**
     * A shopper's change and a warehouse agent's "picked" at the same moment, each in its own transaction (as on two
     * store nodes): either the change is made and picked follows it (a cancellation: picked is refused), or picked
     * comes first and the change is refused. Never both, never a change after the pick.
     */
    @Test
    void aChangeRacingThePickEitherComesFirstOrIsRefused() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int changesFirst = 0;
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                final Order order = orders.checkedOut();
                final boolean cancelling = round % 2 == 0;
                final CyclicBarrier start = new CyclicBarrier(2);
                Future<ChangeOutcome> change = threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return cancelling ? changeService.cancel(order.getId(), shopperOf(order))
                            : changeService.changeShippingAddress(order.getId(), shopperOf(order), newYork());
                });
                Future<Refusal> pick = threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        timelineService.record(order.getId(), NewOrderEvent.byAgent(OrderEventType.PICKED, 42));
                        return null;
                    } catch (RefusedOrderEventException refused) {
                        return refused.refusal();
                    }
                });
                ChangeOutcome changed = change.get(60, TimeUnit.SECONDS);
                Refusal pickRefused = pick.get(60, TimeUnit.SECONDS);
                List<OrderEventType> events = types(timelineService.timeline(order.getId()));
                String round_ = "round " + round + (cancelling ? " (cancel)" : " (address)") + ": " + changed
                        + ", pick " + (pickRefused == null ? "recorded" : pickRefused) + ", " + events;

                if (changed.isMade()) {
                    changesFirst++;
                    if (cancelling) {
                        assertThat(pickRefused).as(round_).isEqualTo(Refusal.CANCELLED);
                        assertThat(events).as(round_).containsExactly(OrderEventType.PLACED, OrderEventType.PAID,
                                OrderEventType.CANCELLED);
                        assertThat(status(order.getId())).as(round_).isEqualTo(OrderStatus.CANCELLED);
                    } else {
                        assertThat(pickRefused).as(round_).isNull();
                        assertThat(events).as(round_).containsExactly(OrderEventType.PLACED, OrderEventType.PAID,
                                OrderEventType.ADDRESS_CHANGED, OrderEventType.PICKED);
                        assertThat(shipping(order.getId()).get(0)).as(round_).isEqualTo("New York");
                    }
                    assertThat(changeService.auditTrail(order.getId())).as(round_).hasSize(cancelling ? 1 : 2);
                } else {
                    assertThat(changed.refusal().reason()).as(round_).isEqualTo(ChangeRefusal.Reason.PICKED);
                    assertThat(pickRefused).as(round_).isNull();
                    assertThat(events).as(round_).containsExactly(OrderEventType.PLACED, OrderEventType.PAID,
                            OrderEventType.PICKED);
                    assertUnchanged(order, OrderEventType.PLACED, OrderEventType.PAID, OrderEventType.PICKED);
                    assertThat(changeService.auditTrail(order.getId())).extracting(OrderAuditEntry::getChange)
                            .as(round_).containsExactly(AuditedChange.TIMELINE_EVENT);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("OrderChangeIT race: the change came first in " + changesFirst + " of " + RACE_ROUNDS
                + " rounds");
    }

    private void assertUnchanged(Order order, OrderEventType... events) {
        assertThat(shipping(order.getId())).containsExactly("Lisboa", "PT", null, "5.00", "30.00");
        assertThat(status(order.getId())).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(transactions(order.getId())).hasSize(1);
        assertThat(types(timelineService.timeline(order.getId()))).containsExactly(
                events.length > 0 ? events : new OrderEventType[]{OrderEventType.PLACED, OrderEventType.PAID});
    }

    /** City, country, state, shipping price and total, as Broadleaf has them now. */
    private List<String> shipping(long orderId) {
        return orders.inTransaction(status -> {
            Order order = orders.orderService.findOrderById(orderId);
            FulfillmentGroup shipment = orders.fulfillmentGroupService.getFirstShippableFulfillmentGroup(order);
            List<String> shipping = new ArrayList<String>();
            shipping.add(shipment.getAddress().getCity());
            shipping.add(shipment.getAddress().getCountry().getAbbreviation());
            shipping.add(shipment.getAddress().getState() == null ? null : shipment.getAddress().getState().getAbbreviation());
            shipping.add(shipment.getFulfillmentPrice().getAmount().toPlainString());
            shipping.add(order.getTotal().getAmount().toPlainString());
            return shipping;
        });
    }

    private OrderStatus status(long orderId) {
        return orders.inTransaction(status -> orders.orderService.findOrderById(orderId).getStatus());
    }

    /** Each payment transaction: type, amount, success, and its parent and client address when it has them. */
    private List<String> transactions(long orderId) {
        return orders.inTransaction(status -> {
            List<String> transactions = new ArrayList<String>();
            for (OrderPayment payment : orders.orderService.findOrderById(orderId).getPayments()) {
                for (PaymentTransaction transaction : payment.getTransactions()) {
                    transactions.add(transaction.getType().getType() + " " + transaction.getAmount().getAmount().toPlainString()
                            + " " + transaction.getSuccess()
                            + (transaction.getParentTransaction() == null ? ""
                            : " child of " + transaction.getParentTransaction().getType().getType())
                            + (transaction.getCustomerIpAddress() == null ? "" : " from " + transaction.getCustomerIpAddress()));
                }
            }
            return transactions;
        });
    }

    private static OrderEvent last(OrderTimeline timeline) {
        return timeline.events().get(timeline.events().size() - 1);
    }

    private static List<OrderEventType> types(OrderTimeline timeline) {
        List<OrderEventType> types = new ArrayList<OrderEventType>();
        for (OrderEvent event : timeline.events()) {
            types.add(event.getType());
        }
        return types;
    }
}
