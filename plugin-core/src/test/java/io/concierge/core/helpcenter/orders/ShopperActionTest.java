package io.concierge.core.helpcenter.orders;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneOffset;

import static io.concierge.core.kernel.orders.OrderEventType.CANCELLED;
import static io.concierge.core.kernel.orders.OrderEventType.DELIVERED;
import static io.concierge.core.kernel.orders.OrderEventType.PICKED;
import static io.concierge.core.kernel.orders.OrderEventType.RETURN_REQUESTED;
import static io.concierge.core.kernel.orders.OrderEventType.SHIPPED;
import static io.concierge.core.helpcenter.orders.ShopperAction.CANCEL;
import static io.concierge.core.helpcenter.orders.ShopperAction.CHANGE_ADDRESS;
import static io.concierge.core.helpcenter.orders.ShopperAction.REQUEST_RETURN;
import static io.concierge.core.helpcenter.orders.ShopperAction.WITHDRAW;
import static io.concierge.core.helpcenter.orders.Timelines.at;
import static io.concierge.core.helpcenter.orders.Timelines.order;
import static org.assertj.core.api.Assertions.assertThat;

class ShopperActionTest {

    private static final HelpCenterOptionsImpl DEFAULTS = new HelpCenterOptionsImpl();

    private static Timelines delivered() {
        return order().placed("2026-11-01T09:00:00Z").then(SHIPPED, "2026-11-02T09:00:00Z")
                .then(DELIVERED, "2026-11-04T12:00:00Z");
    }

    @Test
    void anOrderNotYetPickedMayBeChangedOrCancelled() {
        assertThat(ShopperAction.allowed(order().placed("2026-12-01T09:00:00Z").status(), DEFAULTS,
                at("2026-12-01T10:00:00Z"))).containsExactlyInAnyOrder(CHANGE_ADDRESS, CANCEL);
    }

    @Test
    void pastTheCutoffOrOnceItIsPickedOrCancelledNothingIsLeftToDo() {
        HelpCenterOptionsImpl cutoff = new HelpCenterOptionsImpl();
        cutoff.setDailyCutoff(LocalTime.of(14, 0));
        cutoff.setTimeZone(ZoneOffset.UTC);
        assertThat(ShopperAction.allowed(order().placed("2026-12-01T09:00:00Z").status(), cutoff,
                at("2026-12-01T14:00:00Z"))).isEmpty();
        assertThat(ShopperAction.allowed(order().placed("2026-12-01T09:00:00Z").then(PICKED, "2026-12-01T10:00:00Z")
                .status(), DEFAULTS, at("2026-12-01T10:00:01Z"))).isEmpty();
        assertThat(ShopperAction.allowed(order().placed("2026-12-01T09:00:00Z").then(CANCELLED, "2026-12-01T10:00:00Z")
                .status(), DEFAULTS, at("2026-12-01T10:00:01Z"))).isEmpty();
    }

    @Test
    void aDeliveredOrderMayBeReturnedWithinTheWindowAndWithdrawnWithinFourteenDays() {
        OrderCareStatus status = delivered().status();
        assertThat(ShopperAction.allowed(status, DEFAULTS, at("2026-11-18T12:00:00Z")))
                .containsExactlyInAnyOrder(REQUEST_RETURN, WITHDRAW);
        assertThat(ShopperAction.allowed(status, DEFAULTS, at("2026-11-18T12:00:01Z")))
                .containsExactly(REQUEST_RETURN);
        assertThat(ShopperAction.allowed(status, DEFAULTS, at("2026-12-04T12:00:00Z")))
                .as("30 days after delivery").containsExactly(REQUEST_RETURN);
        assertThat(ShopperAction.allowed(status, DEFAULTS, at("2026-12-04T12:00:01Z"))).isEmpty();
    }

    @Test
    void theReturnWindowIsTheStoresAndZeroOffersNoReturns() {
        HelpCenterOptionsImpl sixtyDays = new HelpCenterOptionsImpl();
        sixtyDays.setReturnWindowDays(60);
        assertThat(ShopperAction.allowed(delivered().status(), sixtyDays, at("2026-12-20T12:00:00Z")))
                .containsExactly(REQUEST_RETURN);
        HelpCenterOptionsImpl none = new HelpCenterOptionsImpl();
        none.setReturnWindowDays(0);
        assertThat(ShopperAction.allowed(delivered().status(), none, at("2026-11-05T12:00:00Z")))
                .containsExactly(WITHDRAW);
    }

    @Test
    void aReturnAlreadyRequestedOrAParcelOnItsWayOffersNothing() {
        assertThat(ShopperAction.allowed(delivered().then(RETURN_REQUESTED, "2026-11-05T12:00:00Z").status(),
                DEFAULTS, at("2026-11-06T12:00:00Z"))).isEmpty();
        assertThat(ShopperAction.allowed(order().placed("2026-11-01T09:00:00Z").then(SHIPPED, "2026-11-02T09:00:00Z")
                .status(), DEFAULTS, at("2026-11-03T12:00:00Z"))).isEmpty();
    }
}
