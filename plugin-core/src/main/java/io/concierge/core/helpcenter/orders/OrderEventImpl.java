package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * JPA mapping of {@link OrderEvent}. The order is a plain id, not an association, so that Broadleaf's order entity
 * stays as it is (no weaving). Events are never changed once recorded; a source that sends one event twice under
 * the same sender id finds it recorded once (the unique key is the last guard behind the service's check). The
 * timeline's order is the position, not the id: ids come in blocks per node, so a later event may get a lower one.
 */
@Entity
@Table(name = "CNC_ORDER_EVENT", uniqueConstraints = {
        @UniqueConstraint(name = "CNC_ORDER_EVENT_POSITION_KEY", columnNames = {"ORDER_ID", "TIMELINE_POSITION"}),
        @UniqueConstraint(name = "CNC_ORDER_EVENT_SENDER_KEY", columnNames = {"ORDER_ID", "SOURCE", "SENDER_EVENT_ID"})})
public class OrderEventImpl implements OrderEvent {

    static final int MAX_SENDER_EVENT_ID_LENGTH = 100;
    static final int MAX_CARRIER_LENGTH = 100;
    static final int MAX_TRACKING_NUMBER_LENGTH = 100;
    static final int MAX_TRACKING_URL_LENGTH = 500;
    static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(generator = "OrderEventId")
    @GenericGenerator(name = "OrderEventId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OrderEventImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.orders.OrderEventImpl")})
    @Column(name = "EVENT_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    @Index(name = "CNC_ORDER_EVENT_ORDER")
    protected Long orderId;

    /** 1, 2, 3… per order; unique, so two nodes that both append at one position cannot both succeed. */
    @Column(name = "TIMELINE_POSITION", nullable = false)
    protected Integer position;

    @Column(name = "EVENT_TYPE", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    protected OrderEventType type;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date occurredAt;

    @Column(name = "RECORDED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date recordedAt;

    @Column(name = "SOURCE", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected EventSource source;

    @Column(name = "ACTOR_KIND", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected Actor.Kind actorKind;

    @Column(name = "ACTOR_ID", nullable = false, length = Actor.MAX_ID_LENGTH)
    protected String actorId;

    @Column(name = "SENDER_EVENT_ID", length = MAX_SENDER_EVENT_ID_LENGTH)
    protected String senderEventId;

    @Column(name = "CARRIER", length = MAX_CARRIER_LENGTH)
    protected String carrier;

    @Column(name = "TRACKING_NUMBER", length = MAX_TRACKING_NUMBER_LENGTH)
    protected String trackingNumber;

    @Column(name = "TRACKING_URL", length = MAX_TRACKING_URL_LENGTH)
    protected String trackingUrl;

    /** ISO date (yyyy-mm-dd): a carrier's estimate is a day, not an instant in some time zone. */
    @Column(name = "ESTIMATED_DELIVERY", length = 10)
    protected String estimatedDelivery;

    @Column(name = "REASON", length = MAX_REASON_LENGTH)
    protected String reason;

    @Column(name = "AMOUNT", precision = 19, scale = 2)
    protected BigDecimal amount;

    /** {@link ReturnedItems} as text. */
    @Column(name = "RETURNED_ITEMS", length = ReturnedItems.MAX_TEXT_LENGTH)
    protected String returnedItems;

    public OrderEventImpl() {
    }

    /** The event as it is recorded now; times are kept to the second, as every supported database keeps them. */
    static OrderEventImpl recorded(long orderId, int position, NewOrderEvent event, Date now) {
        OrderEventImpl recorded = new OrderEventImpl();
        recorded.orderId = orderId;
        recorded.position = position;
        recorded.type = event.type();
        recorded.recordedAt = DatabaseTimes.toTheSecond(now);
        recorded.occurredAt = DatabaseTimes.toTheSecond(event.occurredAt() == null ? now : event.occurredAt());
        recorded.source = event.source();
        recorded.actorKind = event.actor().kind();
        recorded.actorId = event.actor().id();
        recorded.senderEventId = event.senderEventId();
        recorded.carrier = event.carrier();
        recorded.trackingNumber = event.trackingNumber();
        recorded.trackingUrl = event.trackingUrl();
        recorded.estimatedDelivery = event.estimatedDelivery() == null ? null : event.estimatedDelivery().toString();
        recorded.reason = event.reason();
        recorded.amount = event.amount();
        recorded.returnedItems = event.returnedItems() == null ? null : event.returnedItems().toString();
        return recorded;
    }

    @Override
    public ReturnedItems getReturnedItems() {
        return ReturnedItems.parse(returnedItems);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getOrderId() {
        return orderId;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public OrderEventType getType() {
        return type;
    }

    @Override
    public Date getOccurredAt() {
        return new Date(occurredAt.getTime());
    }

    @Override
    public Date getRecordedAt() {
        return new Date(recordedAt.getTime());
    }

    @Override
    public EventSource getSource() {
        return source;
    }

    @Override
    public Actor getActor() {
        return Actor.of(actorKind, actorId);
    }

    @Override
    public String getSenderEventId() {
        return senderEventId;
    }

    @Override
    public String getCarrier() {
        return carrier;
    }

    @Override
    public String getTrackingNumber() {
        return trackingNumber;
    }

    @Override
    public String getTrackingUrl() {
        return trackingUrl;
    }

    @Override
    public LocalDate getEstimatedDelivery() {
        return estimatedDelivery == null ? null : LocalDate.parse(estimatedDelivery);
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public BigDecimal getAmount() {
        return amount;
    }
}
