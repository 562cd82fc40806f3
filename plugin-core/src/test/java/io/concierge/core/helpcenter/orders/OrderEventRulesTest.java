package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;

import static io.concierge.core.kernel.orders.OrderEventType.CANCELLED;
import static io.concierge.core.kernel.orders.OrderEventType.DELAYED;
import static io.concierge.core.kernel.orders.OrderEventType.DELIVERED;
import static io.concierge.core.kernel.orders.OrderEventType.OUT_FOR_DELIVERY;
import static io.concierge.core.kernel.orders.OrderEventType.PAID;
import static io.concierge.core.kernel.orders.OrderEventType.PICKED;
import static io.concierge.core.kernel.orders.OrderEventType.PLACED;
import static io.concierge.core.kernel.orders.OrderEventType.REFUNDED;
import static io.concierge.core.kernel.orders.OrderEventType.RETURN_RECEIVED;
import static io.concierge.core.kernel.orders.OrderEventType.RETURN_REQUESTED;
import static io.concierge.core.kernel.orders.OrderEventType.WITHDRAWN;
import static io.concierge.core.kernel.orders.OrderEventType.SHIPPED;
import static io.concierge.core.helpcenter.orders.Timelines.at;
import static io.concierge.core.helpcenter.orders.Timelines.order;
import static io.concierge.core.helpcenter.orders.Timelines.shopper;
import static io.concierge.core.helpcenter.orders.Timelines.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

class OrderEventRulesTest {

    private static final Date NOW = at("2026-12-10T12:00:00Z");
    private static final HelpCenterOptionsImpl DEFAULTS = new HelpCenterOptionsImpl();

    private static Refusal refusal(Timelines timeline, NewOrderEvent event) {
        return refusal(timeline, event, DEFAULTS, NOW);
    }

    private static Refusal refusal(Timelines timeline, NewOrderEvent event, HelpCenterOptions options, Date now) {
        return OrderEventRules.refusal(timeline.status(), event, options, now);
    }

    private static NewOrderEvent checkout(OrderEventType type) {
        return new NewOrderEvent(type, EventSource.CHECKOUT, Timelines.SHOPPER);
    }

    @Test
    void anAddressChangeIsNeverSentAsAnEventEvenByAnAgent() {
        Timelines placed = order().placed("2026-12-10T10:00:00Z");
        for (NewOrderEvent sent : new NewOrderEvent[]{warehouse(OrderEventType.ADDRESS_CHANGED),
                shopper(OrderEventType.ADDRESS_CHANGED), NewOrderEvent.byAgent(OrderEventType.ADDRESS_CHANGED, 1)}) {
            assertThat(refusal(placed, sent)).as(sent.source().name()).isEqualTo(Refusal.ONLY_WITH_THE_CHANGE);
        }
    }

    @Test
    void aRefundInPartIsNeverSentAsAnEventItComesWithTheRefund() {
        Timelines paid = order().placed("2026-12-10T10:00:00Z").then(OrderEventType.PAID, "2026-12-10T10:00:01Z");
        for (NewOrderEvent sent : new NewOrderEvent[]{warehouse(OrderEventType.REFUNDED_IN_PART),
                NewOrderEvent.byAgent(OrderEventType.REFUNDED_IN_PART, 1).amount(BigDecimal.TEN)}) {
            assertThat(refusal(paid, sent)).as(sent.source().name()).isEqualTo(Refusal.ONLY_WITH_THE_CHANGE);
        }
    }

    @Test
    void anOrderGoesFromPlacedToRefundedStepByStep() {
        Timelines timeline = order();
        NewOrderEvent[] steps = {
                checkout(PLACED), checkout(PAID), warehouse(PICKED),
                warehouse(SHIPPED).shipment("DPD", "123", "https://track.example/123"),
                warehouse(DELAYED).reason("storm"), warehouse(OUT_FOR_DELIVERY), warehouse(DELIVERED),
                shopper(RETURN_REQUESTED), warehouse(RETURN_RECEIVED), warehouse(REFUNDED)};
        for (NewOrderEvent step : steps) {
            assertThat(refusal(timeline, step)).as(step.type().key()).isNull();
            timeline.with(step.at(NOW));
        }
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.RETURNED);
        assertThat(timeline.status().isRefunded()).isTrue();
    }

    @Test
    void placedComesFirstOnceAndOnlyFromTheCheckout() {
        assertThat(refusal(order(), warehouse(SHIPPED))).isEqualTo(Refusal.NOT_PLACED);
        assertThat(refusal(order(), checkout(PAID))).isEqualTo(Refusal.NOT_PLACED);
        assertThat(refusal(order(), warehouse(PLACED))).isEqualTo(Refusal.ONLY_AT_CHECKOUT);
        assertThat(refusal(order(), NewOrderEvent.byAgent(PLACED, 1))).isEqualTo(Refusal.ONLY_AT_CHECKOUT);
        assertThat(refusal(order().placed("2026-12-01T10:00:00Z"), checkout(PLACED))).isEqualTo(Refusal.ALREADY_PLACED);
    }

    @Test
    void nothingMovesAfterACancellationButARefund() {
        Timelines cancelled = order().placed("2026-12-01T10:00:00Z").then(PAID, "2026-12-01T10:00:00Z")
                .then(CANCELLED, "2026-12-01T11:00:00Z");
        for (OrderEventType type : new OrderEventType[] {PICKED, SHIPPED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED,
                RETURN_REQUESTED, PAID}) {
            assertThat(refusal(cancelled, warehouse(type).reason("x"))).as(type.key()).isEqualTo(Refusal.CANCELLED);
        }
        assertThat(refusal(cancelled, warehouse(DELAYED).reason("storm"))).isEqualTo(Refusal.CANCELLED);
        assertThat(refusal(cancelled, warehouse(REFUNDED))).isNull();
    }

    @Test
    void nothingIsDeliveredOrOutForDeliveryBeforeItShipped() {
        Timelines picked = order().placed("2026-12-01T10:00:00Z").then(PICKED, "2026-12-01T12:00:00Z");
        assertThat(refusal(picked, warehouse(DELIVERED))).isEqualTo(Refusal.NOT_SHIPPED);
        assertThat(refusal(picked, warehouse(OUT_FOR_DELIVERY))).isEqualTo(Refusal.NOT_SHIPPED);
        assertThat(refusal(order().placed("2026-12-01T10:00:00Z"), warehouse(DELIVERED))).isEqualTo(Refusal.NOT_SHIPPED);
    }

    @Test
    void aWarehouseMayShipWithoutSayingItPickedButNeverPicksOrShipsTwice() {
        Timelines placed = order().placed("2026-12-01T10:00:00Z");
        assertThat(refusal(placed, warehouse(SHIPPED))).isNull();
        Timelines picked = placed.then(PICKED, "2026-12-01T11:00:00Z");
        assertThat(refusal(picked, warehouse(PICKED))).isEqualTo(Refusal.ALREADY_PICKED);
        Timelines shipped = picked.then(SHIPPED, "2026-12-01T12:00:00Z");
        assertThat(refusal(shipped, warehouse(SHIPPED))).isEqualTo(Refusal.ALREADY_SHIPPED);
        assertThat(refusal(shipped, warehouse(PICKED))).isEqualTo(Refusal.ALREADY_SHIPPED);
        assertThat(refusal(shipped.then(DELIVERED, "2026-12-02T12:00:00Z"), warehouse(SHIPPED)))
                .isEqualTo(Refusal.ALREADY_DELIVERED);
    }

    @Test
    void aDelayIsToldOnlyBeforeDeliveryAndWithAReason() {
        Timelines shipped = order().placed("2026-12-01T10:00:00Z").then(SHIPPED, "2026-12-01T12:00:00Z");
        assertThat(refusal(shipped, warehouse(DELAYED))).isEqualTo(Refusal.DELAY_NEEDS_REASON);
        assertThat(refusal(shipped, warehouse(DELAYED).reason("storm").estimatedDelivery(LocalDate.of(2026, 12, 12))))
                .isNull();
        assertThat(refusal(shipped.then(DELAYED, "2026-12-02T08:00:00Z"), warehouse(DELAYED).reason("still")))
                .as("a second delay").isNull();
        assertThat(refusal(shipped.then(DELIVERED, "2026-12-03T12:00:00Z"), warehouse(DELAYED).reason("storm")))
                .isEqualTo(Refusal.ALREADY_DELIVERED);
    }

    @Test
    void anOrderIsCancelledOnlyBeforeItShipped() {
        Timelines picked = order().placed("2026-12-01T10:00:00Z").then(PICKED, "2026-12-01T11:00:00Z");
        assertThat(refusal(picked, NewOrderEvent.byAgent(CANCELLED, 3))).isNull();
        assertThat(refusal(picked.then(SHIPPED, "2026-12-01T12:00:00Z"), NewOrderEvent.byAgent(CANCELLED, 3)))
                .isEqualTo(Refusal.ALREADY_SHIPPED);
    }

    @Test
    void returnsFollowDeliveryAndRefundsFollowPaymentAndACancellationOrAReturn() {
        Timelines delivered = order().placed("2026-12-01T10:00:00Z").then(SHIPPED, "2026-12-01T12:00:00Z")
                .then(DELIVERED, "2026-12-03T12:00:00Z");
        assertThat(refusal(order().placed("2026-12-01T10:00:00Z").then(SHIPPED, "2026-12-01T12:00:00Z"),
                warehouse(RETURN_REQUESTED))).isEqualTo(Refusal.NOT_DELIVERED);
        assertThat(refusal(delivered, warehouse(RETURN_RECEIVED))).isEqualTo(Refusal.NO_RETURN_REQUESTED);
        assertThat(refusal(delivered, warehouse(REFUNDED))).isEqualTo(Refusal.NOT_PAID);

        Timelines paid = delivered.then(PAID, "2026-12-03T12:00:00Z");
        assertThat(refusal(paid, warehouse(PAID))).isEqualTo(Refusal.ALREADY_PAID);
        assertThat(refusal(paid, warehouse(REFUNDED))).isEqualTo(Refusal.NOTHING_TO_REFUND);
        Timelines requested = paid.then(RETURN_REQUESTED, "2026-12-04T12:00:00Z");
        assertThat(refusal(requested, warehouse(RETURN_REQUESTED))).isEqualTo(Refusal.RETURN_ALREADY_REQUESTED);
        assertThat(refusal(requested, warehouse(REFUNDED))).isEqualTo(Refusal.NOTHING_TO_REFUND);
        Timelines returned = requested.then(RETURN_RECEIVED, "2026-12-06T12:00:00Z");
        assertThat(refusal(returned, warehouse(REFUNDED))).isNull();
        assertThat(refusal(returned.then(REFUNDED, "2026-12-07T12:00:00Z"), warehouse(REFUNDED)))
                .isEqualTo(Refusal.ALREADY_REFUNDED);
    }

    @Test
    void malformedDetailsAreRefusedWhateverTheStage() {
        Timelines placed = order().placed("2026-12-01T10:00:00Z");
        assertThat(refusal(placed, warehouse(SHIPPED).shipment("DPD", "1", "javascript:alert(1)")))
                .isEqualTo(Refusal.TRACKING_LINK_NOT_HTTP);
        assertThat(refusal(placed, warehouse(SHIPPED).shipment("DPD", "1", "/track/1")))
                .isEqualTo(Refusal.TRACKING_LINK_NOT_HTTP);
        assertThat(refusal(placed, warehouse(SHIPPED).shipment("DPD", "1", "HTTPS://track.example/1"))).isNull();
        assertThat(refusal(placed, warehouse(SHIPPED).shipment(repeat('x', 101), "1", null)))
                .isEqualTo(Refusal.DETAIL_TOO_LONG);
        assertThat(refusal(placed, warehouse(PICKED).senderEventId(repeat('x', 101))))
                .isEqualTo(Refusal.DETAIL_TOO_LONG);
        assertThat(refusal(placed, warehouse(PICKED).at(new Date(NOW.getTime() + 6 * 60_000))))
                .isEqualTo(Refusal.IN_THE_FUTURE);
        assertThat(refusal(placed, warehouse(PICKED).at(new Date(NOW.getTime() + 4 * 60_000))))
                .as("within the clock skew").isNull();
        assertThat(Refusal.IN_THE_FUTURE.isTransition()).isFalse();
        assertThat(Refusal.ALREADY_SHIPPED.isTransition()).isTrue();
    }

    @Test
    void shoppersOnlyCancelWithinTheChangeDeadlineAndAskForReturnsWithinTheirWindow() {
        HelpCenterOptionsImpl cutoffAtTwo = new HelpCenterOptionsImpl();
        cutoffAtTwo.setDailyCutoff(LocalTime.of(14, 0));
        cutoffAtTwo.setTimeZone(ZoneOffset.UTC);
        Timelines placed = order().placed("2026-12-10T09:00:00Z");

        assertThat(refusal(placed, shopper(PICKED))).isEqualTo(Refusal.NOT_FOR_SHOPPERS);
        assertThat(refusal(placed, shopper(CANCELLED), cutoffAtTwo, at("2026-12-10T13:59:59Z"))).isNull();
        assertThat(refusal(placed, shopper(CANCELLED), cutoffAtTwo, at("2026-12-10T14:00:00Z")))
                .isEqualTo(Refusal.CHANGE_DEADLINE_PASSED);
        assertThat(refusal(placed, NewOrderEvent.byAgent(CANCELLED, 3), cutoffAtTwo, at("2026-12-10T14:00:00Z")))
                .as("an agent may still cancel").isNull();
        assertThat(refusal(placed.then(SHIPPED, "2026-12-10T15:00:00Z"), shopper(CANCELLED)))
                .as("after shipping the reason is the shipping").isEqualTo(Refusal.ALREADY_SHIPPED);

        Timelines delivered = order().placed("2026-11-01T09:00:00Z").then(SHIPPED, "2026-11-01T15:00:00Z")
                .then(DELIVERED, "2026-11-03T12:00:00Z");
        assertThat(refusal(delivered, shopper(RETURN_REQUESTED), DEFAULTS, at("2026-12-03T12:00:00Z"))).isNull();
        assertThat(refusal(delivered, shopper(RETURN_REQUESTED), DEFAULTS, at("2026-12-03T12:00:01Z")))
                .isEqualTo(Refusal.RETURN_WINDOW_CLOSED);
        assertThat(refusal(delivered, NewOrderEvent.byAgent(RETURN_REQUESTED, 3), DEFAULTS, at("2026-12-20T12:00:00Z")))
                .as("an agent may accept a late return").isNull();

        HelpCenterOptionsImpl noReturns = new HelpCenterOptionsImpl();
        noReturns.setReturnWindowDays(0);
        assertThat(refusal(delivered, shopper(RETURN_REQUESTED), noReturns, at("2026-11-05T12:00:00Z")))
                .as("a store without returns").isEqualTo(Refusal.RETURN_WINDOW_CLOSED);
        assertThat(refusal(delivered, shopper(WITHDRAWN), noReturns, at("2026-11-17T12:00:00Z")))
                .as("the EU withdrawal right still holds").isNull();
        assertThat(refusal(delivered, shopper(WITHDRAWN), noReturns, at("2026-11-17T12:00:01Z")))
                .isEqualTo(Refusal.WITHDRAWAL_PERIOD_OVER);
        assertThat(refusal(delivered.then(WITHDRAWN, "2026-11-04T12:00:00Z"), shopper(RETURN_REQUESTED), DEFAULTS,
                at("2026-11-05T12:00:00Z"))).as("one return at a time").isEqualTo(Refusal.RETURN_ALREADY_REQUESTED);
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
