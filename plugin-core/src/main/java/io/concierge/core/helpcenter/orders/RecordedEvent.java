package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;

/** The answer to a source that sent an event: the event as recorded, now or (a repeat) before. */
public final class RecordedEvent {

    private final OrderEvent event;
    private final boolean repeat;

    RecordedEvent(OrderEvent event, boolean repeat) {
        this.event = event;
        this.repeat = repeat;
    }

    public OrderEvent event() {
        return event;
    }

    /** The source had sent this event (same sender event id) before; nothing new was recorded. */
    public boolean isRepeat() {
        return repeat;
    }
}
