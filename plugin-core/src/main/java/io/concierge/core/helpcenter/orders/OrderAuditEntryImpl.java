package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.DatabaseTimes;
import org.codehaus.jackson.map.ObjectMapper;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * JPA mapping of {@link OrderAuditEntry}: append-only. Hibernate never writes an update of an immutable entity, no
 * column is updatable, the DAO has no delete, and the entity is no admin section; the order is a plain id.
 */
@Entity
@Immutable
@Table(name = "CNC_ORDER_AUDIT")
public class OrderAuditEntryImpl implements OrderAuditEntry {

    static final int MAX_STATE_LENGTH = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(generator = "OrderAuditEntryId")
    @GenericGenerator(name = "OrderAuditEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OrderAuditEntryImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.orders.OrderAuditEntryImpl")})
    @Column(name = "AUDIT_ID", updatable = false)
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    @Index(name = "CNC_ORDER_AUDIT_ORDER")
    protected Long orderId;

    @Column(name = "CHANGE_TYPE", nullable = false, updatable = false, length = 32)
    @Enumerated(EnumType.STRING)
    protected AuditedChange change;

    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date changedAt;

    @Column(name = "SOURCE", nullable = false, updatable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected EventSource source;

    @Column(name = "ACTOR_KIND", nullable = false, updatable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected Actor.Kind actorKind;

    @Column(name = "ACTOR_ID", nullable = false, updatable = false, length = Actor.MAX_ID_LENGTH)
    protected String actorId;

    @Column(name = "CLIENT_ADDRESS", updatable = false, length = Requester.MAX_CLIENT_ADDRESS_LENGTH)
    protected String clientAddress;

    @Column(name = "BEFORE_STATE", updatable = false, length = MAX_STATE_LENGTH)
    protected String before;

    @Column(name = "AFTER_STATE", nullable = false, updatable = false, length = MAX_STATE_LENGTH)
    protected String after;

    public OrderAuditEntryImpl() {
    }

    static OrderAuditEntryImpl change(long orderId, AuditedChange change, Requester requester, Actor actor,
                                      Map<String, String> before, Map<String, String> after, Date now) {
        OrderAuditEntryImpl entry = new OrderAuditEntryImpl();
        entry.orderId = orderId;
        entry.change = change;
        entry.changedAt = DatabaseTimes.toTheSecond(now);
        entry.source = requester.source();
        entry.actorKind = actor.kind();
        entry.actorId = actor.id();
        entry.clientAddress = requester.clientAddress();
        entry.before = before == null ? null : json(before);
        entry.after = json(after);
        return entry;
    }

    /** A care agent's timeline event, as the timeline recorded it (the admin's client address is not known there). */
    static OrderAuditEntryImpl timelineEvent(OrderEvent event) {
        Map<String, String> recorded = new LinkedHashMap<String, String>();
        recorded.put("event", event.getType().key());
        recorded.put("occurredAt", event.getOccurredAt().toInstant().toString());
        putIfSet(recorded, "carrier", event.getCarrier());
        putIfSet(recorded, "trackingNumber", event.getTrackingNumber());
        putIfSet(recorded, "trackingUrl", event.getTrackingUrl());
        putIfSet(recorded, "estimatedDelivery",
                event.getEstimatedDelivery() == null ? null : event.getEstimatedDelivery().toString());
        putIfSet(recorded, "reason", event.getReason());
        OrderAuditEntryImpl entry = new OrderAuditEntryImpl();
        entry.orderId = event.getOrderId();
        entry.change = AuditedChange.TIMELINE_EVENT;
        entry.changedAt = event.getRecordedAt();
        entry.source = event.getSource();
        entry.actorKind = event.getActor().kind();
        entry.actorId = event.getActor().id();
        entry.after = json(recorded);
        return entry;
    }

    private static void putIfSet(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** Every value was checked for length before (addresses, event details), so the text fits its column. */
    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
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
    public AuditedChange getChange() {
        return change;
    }

    @Override
    public Date getChangedAt() {
        return new Date(changedAt.getTime());
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
    public String getClientAddress() {
        return clientAddress;
    }

    @Override
    public String getBefore() {
        return before;
    }

    @Override
    public String getAfter() {
        return after;
    }
}
