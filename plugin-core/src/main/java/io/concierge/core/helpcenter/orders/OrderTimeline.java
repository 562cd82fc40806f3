package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** An order's events in the order they were recorded, with what follows from them. */
public final class OrderTimeline {

    private final long orderId;
    private final List<OrderEvent> events;
    private final OrderCareStatus status;

    public OrderTimeline(long orderId, List<? extends OrderEvent> events) {
        this.orderId = orderId;
        this.events = Collections.unmodifiableList(new ArrayList<OrderEvent>(events));
        this.status = OrderCareStatus.of(this.events);
    }

    public long orderId() {
        return orderId;
    }

    public List<OrderEvent> events() {
        return events;
    }

    public OrderCareStatus status() {
        return status;
    }

    /** Where the next event goes: the unique key lets only one writer take it. */
    int nextPosition() {
        return events.isEmpty() ? 1 : events.get(events.size() - 1).getPosition() + 1;
    }

    public ChangeWindow changeWindow(HelpCenterOptions options) {
        return ChangeWindow.of(status, options);
    }

    public Set<ShopperAction> allowedActions(HelpCenterOptions options, Date now) {
        return ShopperAction.allowed(status, options, now);
    }
}
