package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Timelines for the rules' tests, built as the service would record them, without a database. */
final class Timelines {

    static final Actor WAREHOUSE = Actor.integration("warehouse");
    static final Actor SHOPPER = Actor.customer(7);

    private final List<OrderEvent> events = new ArrayList<OrderEvent>();

    static Timelines order() {
        return new Timelines();
    }

    static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    static NewOrderEvent warehouse(OrderEventType type) {
        return NewOrderEvent.fromIntegration(type, "warehouse");
    }

    static NewOrderEvent shopper(OrderEventType type) {
        return new NewOrderEvent(type, EventSource.SHOPPER, SHOPPER);
    }

    /** "placed" by the checkout, at {@code instant}. */
    Timelines placed(String instant) {
        return with(new NewOrderEvent(OrderEventType.PLACED, EventSource.CHECKOUT, SHOPPER).at(at(instant)));
    }

    Timelines then(OrderEventType type, String instant) {
        return with(warehouse(type).at(at(instant)).reason(type == OrderEventType.DELAYED ? "storm" : null));
    }

    Timelines with(NewOrderEvent event) {
        Date time = event.occurredAt() != null ? event.occurredAt() : new Date();
        events.add(OrderEventImpl.recorded(1L, events.size() + 1, event, time));
        return this;
    }

    OrderCareStatus status() {
        return OrderCareStatus.of(events);
    }

    List<OrderEvent> events() {
        return events;
    }
}
