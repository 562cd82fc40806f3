package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.ReturnedItems;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.concierge.core.kernel.orders.OrderEventType.DELIVERED;
import static io.concierge.core.kernel.orders.OrderEventType.PAID;
import static io.concierge.core.kernel.orders.OrderEventType.REFUNDED;
import static io.concierge.core.kernel.orders.OrderEventType.RETURN_RECEIVED;
import static io.concierge.core.kernel.orders.OrderEventType.RETURN_REQUESTED;
import static io.concierge.core.kernel.orders.OrderEventType.SHIPPED;
import static io.concierge.core.helpcenter.orders.Timelines.at;
import static io.concierge.core.helpcenter.orders.Timelines.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ReturnRulesTest {

    private static final long CUSTOMER = 7;
    private static final Requester SHOPPER = Requester.shopper(CUSTOMER, null);

    private static final Map<Long, Integer> ORDERED = new LinkedHashMap<Long, Integer>();

    static {
        ORDERED.put(11L, 2);
        ORDERED.put(12L, 1);
    }

    private static ReturnedItems items(long id, int quantity) {
        return ReturnedItems.of(Collections.singletonMap(id, quantity));
    }

    private static ReturnReason reason(long id) {
        ReturnReasonImpl reason = new ReturnReasonImpl();
        reason.id = id;
        reason.setLabel("reason " + id);
        return reason;
    }

    private static Timelines deliveredOn(String instant) {
        return order().placed("2026-11-01T09:00:00Z").then(PAID, "2026-11-01T09:00:01Z")
                .then(SHIPPED, "2026-11-02T09:00:00Z").then(DELIVERED, instant);
    }

    private static ChangeRefusal refusal(ShopperAction action, Timelines timeline, String now) {
        return OrderChangeRules.returnRefusal(action, new OrderTimeline(1L, timeline.events()), SHOPPER, CUSTOMER,
                new HelpCenterOptionsImpl(), at(now));
    }

    @Test
    void returnedItemsAreKeptAsTextAndReadBackAlike() {
        Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
        quantities.put(11L, 2);
        quantities.put(12L, 0);
        quantities.put(13L, 1);
        ReturnedItems items = ReturnedItems.of(quantities);
        assertThat(items.toString()).as("lines of zero left out").isEqualTo("11:2,13:1");
        assertThat(ReturnedItems.parse(items.toString())).isEqualTo(items);
        assertThat(items.quantityOf(12L)).isZero();
        assertThat(ReturnedItems.of(Collections.singletonMap(11L, 0)).isEmpty()).isTrue();
    }

    @Test
    void aReturnNeedsItemsOfTheOrderNoMoreThanOrderedAndAnActiveReason() {
        List<ReturnReason> reasons = Arrays.asList(reason(1), reason(2));
        assertThat(ReturnRules.violations(items(11, 2), ORDERED, 2L, reasons)).isEmpty();
        assertThat(ReturnRules.violations(ReturnedItems.of(Collections.<Long, Integer>emptyMap()), ORDERED, 2L, reasons))
                .containsOnly(entry(ReturnRules.ITEMS, ReturnRules.NO_ITEMS));
        assertThat(ReturnRules.violations(items(11, 3), ORDERED, 2L, reasons))
                .containsOnly(entry(ReturnRules.ITEMS, ReturnRules.QUANTITY));
        assertThat(ReturnRules.violations(items(11, -1), ORDERED, 2L, reasons))
                .containsOnly(entry(ReturnRules.ITEMS, ReturnRules.QUANTITY));
        assertThat(ReturnRules.violations(items(99, 1), ORDERED, 2L, reasons))
                .containsOnly(entry(ReturnRules.ITEMS, ReturnRules.QUANTITY));
        assertThat(ReturnRules.violations(items(12, 1), ORDERED, 3L, reasons))
                .containsOnly(entry(ReturnRules.REASON, ReturnRules.NO_REASON));
        assertThat(ReturnRules.violations(items(12, 1), ORDERED, null, Collections.<ReturnReason>emptyList()))
                .as("a merchant who lists no reasons asks for none").isEmpty();
    }

    @Test
    void aReturnIsOpenForThirtyDaysAfterDeliveryAndTheWithdrawalForFourteen() {
        Timelines delivered = deliveredOn("2026-11-10T12:00:00Z");
        assertThat(refusal(ShopperAction.REQUEST_RETURN, delivered, "2026-12-10T12:00:00Z")).isNull();
        ChangeRefusal closed = refusal(ShopperAction.REQUEST_RETURN, delivered, "2026-12-10T12:00:01Z");
        assertThat(closed.reason()).isEqualTo(ChangeRefusal.Reason.RETURN_WINDOW_CLOSED);
        assertThat(closed.since()).isEqualTo(at("2026-12-10T12:00:00Z"));

        assertThat(refusal(ShopperAction.WITHDRAW, delivered, "2026-11-24T12:00:00Z")).isNull();
        ChangeRefusal over = refusal(ShopperAction.WITHDRAW, delivered, "2026-11-24T12:00:01Z");
        assertThat(over.reason()).isEqualTo(ChangeRefusal.Reason.WITHDRAWAL_PERIOD_OVER);
        assertThat(over.since()).isEqualTo(at("2026-11-24T12:00:00Z"));
    }

    @Test
    void aReturnNeedsADeliveredOrderOfOneselfAndHappensOnce() {
        assertThat(refusal(ShopperAction.REQUEST_RETURN, order().placed("2026-11-01T09:00:00Z")
                .then(SHIPPED, "2026-11-02T09:00:00Z"), "2026-11-03T09:00:00Z").reason())
                .isEqualTo(ChangeRefusal.Reason.NOT_DELIVERED);
        Timelines requested = deliveredOn("2026-11-10T12:00:00Z").then(RETURN_REQUESTED, "2026-11-11T08:00:00Z");
        ChangeRefusal again = refusal(ShopperAction.WITHDRAW, requested, "2026-11-12T09:00:00Z");
        assertThat(again.reason()).isEqualTo(ChangeRefusal.Reason.RETURN_ALREADY_REQUESTED);
        assertThat(again.since()).isEqualTo(at("2026-11-11T08:00:00Z"));
        assertThat(OrderChangeRules.returnRefusal(ShopperAction.REQUEST_RETURN,
                new OrderTimeline(1L, deliveredOn("2026-11-10T12:00:00Z").events()), Requester.shopper(8, null),
                CUSTOMER, new HelpCenterOptionsImpl(), at("2026-11-12T09:00:00Z")).reason())
                .isEqualTo(ChangeRefusal.Reason.NOT_YOUR_ORDER);
    }

    @Test
    void onlyAReceivedPaidReturnIsRefundedAndOnce() {
        Timelines requested = deliveredOn("2026-11-10T12:00:00Z").then(RETURN_REQUESTED, "2026-11-11T08:00:00Z");
        assertThat(OrderChangeRules.refundRefusal(new OrderTimeline(1L, requested.events())).reason())
                .isEqualTo(ChangeRefusal.Reason.NO_RETURN_RECEIVED);
        Timelines received = requested.then(RETURN_RECEIVED, "2026-11-15T08:00:00Z");
        assertThat(OrderChangeRules.refundRefusal(new OrderTimeline(1L, received.events()))).isNull();
        assertThat(OrderChangeRules.refundRefusal(new OrderTimeline(1L, received.events()), SHOPPER).reason())
                .isEqualTo(ChangeRefusal.Reason.AGENTS_ONLY);
        assertThat(OrderChangeRules.refundRefusal(new OrderTimeline(1L,
                received.then(REFUNDED, "2026-11-16T08:00:00Z").events())).reason())
                .isEqualTo(ChangeRefusal.Reason.ALREADY_REFUNDED);
        Timelines unpaid = order().placed("2026-11-01T09:00:00Z").then(SHIPPED, "2026-11-02T09:00:00Z")
                .then(DELIVERED, "2026-11-03T09:00:00Z").then(RETURN_REQUESTED, "2026-11-04T09:00:00Z")
                .then(RETURN_RECEIVED, "2026-11-05T09:00:00Z");
        assertThat(OrderChangeRules.refundRefusal(new OrderTimeline(1L, unpaid.events())).reason())
                .isEqualTo(ChangeRefusal.Reason.NOT_PAID);
    }
}
