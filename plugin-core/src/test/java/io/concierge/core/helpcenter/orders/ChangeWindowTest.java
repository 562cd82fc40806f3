package io.concierge.core.helpcenter.orders;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneId;

import static io.concierge.core.kernel.orders.OrderEventType.PICKED;
import static io.concierge.core.kernel.orders.OrderEventType.SHIPPED;
import static io.concierge.core.helpcenter.orders.Timelines.at;
import static io.concierge.core.helpcenter.orders.Timelines.order;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeWindowTest {

    private static HelpCenterOptionsImpl options(ChangeDeadline deadline, LocalTime cutoff, String zone) {
        HelpCenterOptionsImpl options = new HelpCenterOptionsImpl();
        options.setChangeDeadline(deadline);
        options.setDailyCutoff(cutoff);
        options.setTimeZone(ZoneId.of(zone));
        return options;
    }

    @Test
    void byDefaultAnOrderIsEditableUntilItIsPicked() {
        HelpCenterOptionsImpl defaults = new HelpCenterOptionsImpl();
        assertThat(defaults.getChangeDeadline()).isEqualTo(ChangeDeadline.UNTIL_PICKED);
        Timelines timeline = order().placed("2026-12-01T10:00:00Z");

        ChangeWindow placed = ChangeWindow.of(timeline.status(), defaults);
        assertThat(placed.isOpen(at("2026-12-20T10:00:00Z"))).as("no cut-off: no time limit").isTrue();
        assertThat(placed.closesAt()).isNull();

        assertThat(ChangeWindow.of(timeline.then(PICKED, "2026-12-01T11:00:00Z").status(), defaults)
                .isOpen(at("2026-12-01T11:00:01Z"))).isFalse();
        assertThat(ChangeWindow.of(order().status(), defaults).isOpen(at("2026-12-01T11:00:01Z")))
                .as("an order without events").isFalse();
    }

    @Test
    void untilShippedKeepsAPickedOrderEditable() {
        HelpCenterOptionsImpl untilShipped = options(ChangeDeadline.UNTIL_SHIPPED, null, "UTC");
        Timelines timeline = order().placed("2026-12-01T10:00:00Z").then(PICKED, "2026-12-01T11:00:00Z");
        assertThat(ChangeWindow.of(timeline.status(), untilShipped).isOpen(at("2026-12-01T12:00:00Z"))).isTrue();
        assertThat(ChangeWindow.of(timeline.then(SHIPPED, "2026-12-01T13:00:00Z").status(), untilShipped)
                .isOpen(at("2026-12-01T13:00:01Z"))).isFalse();
    }

    @Test
    void aDailyCutoffClosesChangesAtTheFirstCutoffAfterTheOrderWasPlaced() {
        HelpCenterOptionsImpl twoPmLisbon = options(ChangeDeadline.UNTIL_PICKED, LocalTime.of(14, 0), "Europe/Lisbon");

        ChangeWindow morning = ChangeWindow.of(order().placed("2026-12-01T09:00:00Z").status(), twoPmLisbon);
        assertThat(morning.closesAt()).isEqualTo(at("2026-12-01T14:00:00Z"));
        assertThat(morning.isOpen(at("2026-12-01T13:59:59Z"))).isTrue();
        assertThat(morning.isOpen(at("2026-12-01T14:00:00Z"))).isFalse();

        assertThat(ChangeWindow.of(order().placed("2026-12-01T14:00:00Z").status(), twoPmLisbon).closesAt())
                .as("placed at the cut-off itself: the next day's").isEqualTo(at("2026-12-02T14:00:00Z"));
        assertThat(ChangeWindow.of(order().placed("2026-12-01T16:30:00Z").status(), twoPmLisbon).closesAt())
                .isEqualTo(at("2026-12-02T14:00:00Z"));
        assertThat(ChangeWindow.of(order().placed("2026-07-01T09:00:00Z").status(), twoPmLisbon).closesAt())
                .as("summer time: 14:00 in Lisbon is 13:00 UTC").isEqualTo(at("2026-07-01T13:00:00Z"));
    }

    @Test
    void aCutoffDoesNotReopenAnOrderThatReachedTheClosingStage() {
        HelpCenterOptionsImpl cutoff = options(ChangeDeadline.UNTIL_PICKED, LocalTime.of(14, 0), "UTC");
        Timelines picked = order().placed("2026-12-01T09:00:00Z").then(PICKED, "2026-12-01T10:00:00Z");
        assertThat(ChangeWindow.of(picked.status(), cutoff).isOpen(at("2026-12-01T10:30:00Z"))).isFalse();
    }
}
