package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import static io.concierge.core.kernel.orders.OrderEventType.CANCELLED;
import static io.concierge.core.kernel.orders.OrderEventType.DELIVERED;
import static io.concierge.core.kernel.orders.OrderEventType.PAID;
import static io.concierge.core.kernel.orders.OrderEventType.PICKED;
import static io.concierge.core.kernel.orders.OrderEventType.RETURN_REQUESTED;
import static io.concierge.core.kernel.orders.OrderEventType.SHIPPED;
import static io.concierge.core.helpcenter.orders.Timelines.at;
import static io.concierge.core.helpcenter.orders.Timelines.order;
import static org.assertj.core.api.Assertions.assertThat;

class OrderChangeRulesTest {

    private static final long CUSTOMER = 7;
    private static final Date NOW = at("2026-12-01T12:00:00Z");
    private static final Requester SHOPPER = Requester.shopper(CUSTOMER, "203.0.113.9");

    private static ChangeRefusal refusal(Timelines timeline, Requester requester, HelpCenterOptions options, Date now) {
        return OrderChangeRules.refusal(new OrderTimeline(1L, timeline.events()), requester, CUSTOMER, options, now);
    }

    private static ChangeRefusal refusal(Timelines timeline) {
        return refusal(timeline, SHOPPER, new HelpCenterOptionsImpl(), NOW);
    }

    private static HelpCenterOptionsImpl options(ChangeDeadline deadline, LocalTime cutoff) {
        HelpCenterOptionsImpl options = new HelpCenterOptionsImpl();
        options.setChangeDeadline(deadline);
        options.setDailyCutoff(cutoff);
        options.setTimeZone(ZoneId.of("UTC"));
        return options;
    }

    @Test
    void aPlacedOrderMayBeChangedByItsShopperAGuestOrAnAgent() {
        Timelines placed = order().placed("2026-12-01T09:00:00Z").then(PAID, "2026-12-01T09:00:01Z");
        assertThat(refusal(placed)).isNull();
        assertThat(refusal(placed, Requester.guest(null), new HelpCenterOptionsImpl(), NOW)).isNull();
        assertThat(refusal(placed, Requester.agent(42, "10.0.0.1"), new HelpCenterOptionsImpl(), NOW)).isNull();
    }

    @Test
    void onlyAnAgentRefundsInPartAPaidOrderNeitherCancelledNorRefundedWhole() {
        Requester agent = Requester.agent(42, "10.0.0.1");
        Timelines placed = order().placed("2026-12-01T09:00:00Z");
        assertThat(partialRefundRefusal(placed, agent)).isEqualTo(ChangeRefusal.Reason.NOT_PAID);
        Timelines paid = placed.then(PAID, "2026-12-01T09:00:01Z");
        assertThat(partialRefundRefusal(paid, SHOPPER)).isEqualTo(ChangeRefusal.Reason.AGENTS_ONLY);
        assertThat(partialRefundRefusal(paid, agent)).isNull();
        assertThat(partialRefundRefusal(paid.then(OrderEventType.DELIVERED, "2026-12-03T09:00:00Z"), agent))
                .as("after delivery too").isNull();
        assertThat(partialRefundRefusal(order().placed("2026-12-01T09:00:00Z").then(PAID, "2026-12-01T09:00:01Z")
                .then(OrderEventType.CANCELLED, "2026-12-01T10:00:00Z"), agent)).isEqualTo(ChangeRefusal.Reason.CANCELLED);
        assertThat(partialRefundRefusal(paid.then(OrderEventType.RETURN_RECEIVED, "2026-12-05T09:00:00Z")
                .then(OrderEventType.REFUNDED, "2026-12-05T10:00:00Z"), agent)).isEqualTo(ChangeRefusal.Reason.ALREADY_REFUNDED);
    }

    @Test
    void aRefundInPartIsASumInCentsAboveZeroAndNoMoreThanIsLeftToRefund() {
        BigDecimal left = new BigDecimal("17.50");
        assertThat(OrderChangeRules.refundAmountViolations(new BigDecimal("17.50"), left)).isEmpty();
        assertThat(OrderChangeRules.refundAmountViolations(new BigDecimal("17.500"), left)).isEmpty();
        assertThat(OrderChangeRules.refundAmountViolations(new BigDecimal("17.51"), left))
                .containsEntry(OrderChangeRules.AMOUNT, OrderChangeRules.AMOUNT_OVER_PAID);
        for (BigDecimal bad : new BigDecimal[]{null, BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("1.005")}) {
            assertThat(OrderChangeRules.refundAmountViolations(bad, left)).as(String.valueOf(bad))
                    .containsEntry(OrderChangeRules.AMOUNT, OrderChangeRules.BAD_AMOUNT);
        }
    }

    private static ChangeRefusal.Reason partialRefundRefusal(Timelines timeline, Requester requester) {
        ChangeRefusal refusal = OrderChangeRules.partialRefundRefusal(new OrderTimeline(1L, timeline.events()), requester);
        return refusal == null ? null : refusal.reason();
    }

    @Test
    void aShopperMayNotChangeSomeoneElsesOrder() {
        ChangeRefusal refusal = refusal(order().placed("2026-12-01T09:00:00Z"), Requester.shopper(8, null),
                new HelpCenterOptionsImpl(), NOW);
        assertThat(refusal.reason()).isEqualTo(ChangeRefusal.Reason.NOT_YOUR_ORDER);
        assertThat(refusal.since()).isNull();
    }

    @Test
    void afterThePickTheRefusalSaysWhenItWasPicked() {
        ChangeRefusal refusal = refusal(order().placed("2026-12-01T09:00:00Z").then(PAID, "2026-12-01T09:00:01Z")
                .then(PICKED, "2026-12-01T10:15:00Z"));
        assertThat(refusal.reason()).isEqualTo(ChangeRefusal.Reason.PICKED);
        assertThat(refusal.since()).isEqualTo(at("2026-12-01T10:15:00Z"));
        assertThat(refusal.messageKey()).isEqualTo("helpcenter.orders.changeRefused.picked");
    }

    @Test
    void untilShippedAPickedOrderMayStillBeChangedButNotAShippedOne() {
        HelpCenterOptionsImpl untilShipped = options(ChangeDeadline.UNTIL_SHIPPED, null);
        Timelines picked = order().placed("2026-12-01T09:00:00Z").then(PICKED, "2026-12-01T10:00:00Z");
        assertThat(refusal(picked, SHOPPER, untilShipped, NOW)).isNull();
        ChangeRefusal shipped = refusal(picked.then(SHIPPED, "2026-12-01T11:00:00Z"), SHOPPER, untilShipped, NOW);
        assertThat(shipped.reason()).isEqualTo(ChangeRefusal.Reason.SHIPPED);
        assertThat(shipped.since()).isEqualTo(at("2026-12-01T11:00:00Z"));
    }

    @Test
    void theDailyCutoffClosesAnUnpickedOrderAndTheRefusalSaysWhen() {
        HelpCenterOptionsImpl twoPm = options(ChangeDeadline.UNTIL_SHIPPED, LocalTime.of(14, 0));
        Timelines placed = order().placed("2026-12-01T09:00:00Z");
        assertThat(refusal(placed, SHOPPER, twoPm, at("2026-12-01T13:59:59Z"))).isNull();
        ChangeRefusal late = refusal(placed, SHOPPER, twoPm, at("2026-12-01T14:00:00Z"));
        assertThat(late.reason()).isEqualTo(ChangeRefusal.Reason.CUT_OFF_PASSED);
        assertThat(late.since()).isEqualTo(at("2026-12-01T14:00:00Z"));
        assertThat(refusal(placed.then(PICKED, "2026-12-01T13:00:00Z"), SHOPPER, twoPm, at("2026-12-01T15:00:00Z"))
                .reason()).as("picked, allowed until shipped: the cut-off closed it").isEqualTo(ChangeRefusal.Reason.CUT_OFF_PASSED);
    }

    @Test
    void aCancelledDeliveredOrUnplacedOrderIsRefusedWithItsReason() {
        ChangeRefusal cancelled = refusal(order().placed("2026-12-01T09:00:00Z").then(CANCELLED, "2026-12-01T09:30:00Z"));
        assertThat(cancelled.reason()).isEqualTo(ChangeRefusal.Reason.CANCELLED);
        assertThat(cancelled.since()).isEqualTo(at("2026-12-01T09:30:00Z"));
        Timelines delivered = order().placed("2026-11-01T09:00:00Z").then(SHIPPED, "2026-11-02T09:00:00Z")
                .then(DELIVERED, "2026-11-03T09:00:00Z");
        assertThat(refusal(delivered).reason()).isEqualTo(ChangeRefusal.Reason.DELIVERED);
        assertThat(refusal(delivered.then(RETURN_REQUESTED, "2026-11-04T09:00:00Z")).reason())
                .isEqualTo(ChangeRefusal.Reason.DELIVERED);
        assertThat(refusal(order()).reason()).isEqualTo(ChangeRefusal.Reason.NOT_PLACED);
    }

    @Test
    void anAddressChangeKeepsTheOrderWhereItWas() {
        Timelines changed = order().placed("2026-12-01T09:00:00Z")
                .with(new NewOrderEvent(OrderEventType.ADDRESS_CHANGED, EventSource.SHOPPER, Timelines.SHOPPER)
                        .at(at("2026-12-01T09:30:00Z")));
        assertThat(changed.status().stage()).isEqualTo(OrderStage.PLACED);
        assertThat(changed.status().stageSince()).isEqualTo(at("2026-12-01T09:00:00Z"));
        assertThat(refusal(changed)).as("it may be changed again").isNull();
    }
}
