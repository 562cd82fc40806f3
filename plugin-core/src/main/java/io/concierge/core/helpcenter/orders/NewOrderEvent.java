package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/**
 * What a source asks to add to an order's timeline. The type, source and actor are required; the rest depends on
 * the type ({@link OrderEventRules} says which details are needed and what is refused).
 */
public final class NewOrderEvent {

    private final OrderEventType type;
    private final EventSource source;
    private final Actor actor;
    private Date occurredAt;
    private String senderEventId;
    private String carrier;
    private String trackingNumber;
    private String trackingUrl;
    private LocalDate estimatedDelivery;
    private String reason;
    private ReturnedItems returnedItems;
    private BigDecimal amount;

    public NewOrderEvent(OrderEventType type, EventSource source, Actor actor) {
        if (type == null || source == null || actor == null) {
            throw new IllegalArgumentException("an order event needs a type, a source and an actor");
        }
        this.type = type;
        this.source = source;
        this.actor = actor;
    }

    /** What a care agent records, in the admin. */
    public static NewOrderEvent byAgent(OrderEventType type, long adminUserId) {
        return new NewOrderEvent(type, EventSource.AGENT, Actor.adminUser(adminUserId));
    }

    /** What a warehouse, carrier or payment provider sends through the webhook. */
    public static NewOrderEvent fromIntegration(OrderEventType type, String integration) {
        return new NewOrderEvent(type, EventSource.WEBHOOK, Actor.integration(integration));
    }

    /** When it happened; without it, when it is recorded. */
    public NewOrderEvent at(Date time) {
        this.occurredAt = time == null ? null : new Date(time.getTime());
        return this;
    }

    public NewOrderEvent senderEventId(String id) {
        this.senderEventId = blankToNull(id);
        return this;
    }

    public NewOrderEvent shipment(String carrier, String trackingNumber, String trackingUrl) {
        this.carrier = blankToNull(carrier);
        this.trackingNumber = blankToNull(trackingNumber);
        this.trackingUrl = blankToNull(trackingUrl);
        return this;
    }

    public NewOrderEvent estimatedDelivery(LocalDate date) {
        this.estimatedDelivery = date;
        return this;
    }

    public NewOrderEvent reason(String text) {
        this.reason = blankToNull(text);
        return this;
    }

    public NewOrderEvent returning(ReturnedItems items) {
        this.returnedItems = items;
        return this;
    }

    /** What a refund in part gives back. */
    public NewOrderEvent amount(BigDecimal refunded) {
        this.amount = refunded;
        return this;
    }

    public OrderEventType type() {
        return type;
    }

    public EventSource source() {
        return source;
    }

    public Actor actor() {
        return actor;
    }

    public Date occurredAt() {
        return occurredAt == null ? null : new Date(occurredAt.getTime());
    }

    public String senderEventId() {
        return senderEventId;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String trackingUrl() {
        return trackingUrl;
    }

    public LocalDate estimatedDelivery() {
        return estimatedDelivery;
    }

    public String reason() {
        return reason;
    }

    public ReturnedItems returnedItems() {
        return returnedItems;
    }

    public BigDecimal amount() {
        return amount;
    }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }
}
