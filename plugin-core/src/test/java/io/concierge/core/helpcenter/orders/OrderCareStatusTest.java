package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.concierge.core.kernel.orders.OrderEventType.DELIVERED;
import static io.concierge.core.kernel.orders.OrderEventType.OUT_FOR_DELIVERY;
import static io.concierge.core.kernel.orders.OrderEventType.PAID;
import static io.concierge.core.kernel.orders.OrderEventType.PICKED;
import static io.concierge.core.helpcenter.orders.Timelines.at;
import static io.concierge.core.helpcenter.orders.Timelines.order;
import static io.concierge.core.helpcenter.orders.Timelines.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

class OrderCareStatusTest {

    @Test
    void anOrderWithoutEventsIsNotPlaced() {
        OrderCareStatus status = order().status();
        assertThat(status.stage()).isEqualTo(OrderStage.NOT_PLACED);
        assertThat(status.isPlaced()).isFalse();
        assertThat(status.isPaid()).isFalse();
    }

    @Test
    void theStageFollowsTheEventsAndPaymentIsToldBeside() {
        Timelines timeline = order().placed("2026-12-01T10:00:00Z");
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.PLACED);
        assertThat(timeline.status().placedAt()).isEqualTo(at("2026-12-01T10:00:00Z"));

        timeline.then(PICKED, "2026-12-01T11:00:00Z");
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.PICKED);
        assertThat(timeline.status().isPaid()).isFalse();

        timeline.then(PAID, "2026-12-01T12:00:00Z");
        assertThat(timeline.status().stage()).as("payment is no stage").isEqualTo(OrderStage.PICKED);
        assertThat(timeline.status().isPaid()).isTrue();
    }

    @Test
    void aDelayHoldsUntilTheParcelMovesOnAndItsEstimateStaysUntilANewerOne() {
        Timelines timeline = order().placed("2026-12-01T10:00:00Z")
                .with(warehouse(OrderEventType.SHIPPED).shipment("DPD", "0042", "https://track.example/0042")
                        .estimatedDelivery(LocalDate.of(2026, 12, 3)).at(at("2026-12-01T15:00:00Z")));
        assertThat(timeline.status().carrier()).isEqualTo("DPD");
        assertThat(timeline.status().trackingNumber()).isEqualTo("0042");
        assertThat(timeline.status().trackingUrl()).isEqualTo("https://track.example/0042");
        assertThat(timeline.status().estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 3));

        timeline.with(warehouse(OrderEventType.DELAYED).reason("Storm at the hub")
                .estimatedDelivery(LocalDate.of(2026, 12, 5)).at(at("2026-12-02T08:00:00Z")));
        assertThat(timeline.status().isDelayed()).isTrue();
        assertThat(timeline.status().delayReason()).isEqualTo("Storm at the hub");
        assertThat(timeline.status().estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 5));

        timeline.then(OUT_FOR_DELIVERY, "2026-12-05T07:00:00Z");
        assertThat(timeline.status().isDelayed()).isFalse();
        assertThat(timeline.status().delayReason()).isNull();
        assertThat(timeline.status().estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 5));

        timeline.then(DELIVERED, "2026-12-05T11:30:00Z");
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.DELIVERED);
        assertThat(timeline.status().deliveredAt()).isEqualTo(at("2026-12-05T11:30:00Z"));
    }

    @Test
    void eventTimesAreKeptToTheSecond() {
        OrderEvent event = order().with(warehouse(PICKED).at(new java.util.Date(1_700_000_000_999L))).events().get(0);
        assertThat(event.getOccurredAt().getTime()).isEqualTo(1_700_000_000_000L);
    }
}
