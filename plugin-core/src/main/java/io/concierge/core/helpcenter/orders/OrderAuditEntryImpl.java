package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.audit.AuditRecord;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

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

/**
 * JPA mapping of {@link OrderAuditEntry}: append-only. Hibernate never writes an update of an immutable entity, no
 * column is updatable, the DAO has no delete, and the entity is no admin section; the order is a plain id.
 */
@Entity
@Immutable
@Table(name = "CNC_ORDER_AUDIT")
public class OrderAuditEntryImpl extends AuditRecord implements OrderAuditEntry {

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

    @Column(name = "SOURCE", nullable = false, updatable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected EventSource source;

    @Column(name = "ACTOR_KIND", nullable = false, updatable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected Actor.Kind actorKind;

    @Column(name = "ACTOR_ID", nullable = false, updatable = false, length = Actor.MAX_ID_LENGTH)
    protected String actorId;

    public OrderAuditEntryImpl() {
    }

    static OrderAuditEntryImpl change(long orderId, AuditedChange change, Requester requester, Actor actor,
                                      Map<String, String> before, Map<String, String> after, Date now) {
        OrderAuditEntryImpl entry = new OrderAuditEntryImpl();
        entry.orderId = orderId;
        entry.change = change;
        entry.record(now, requester.clientAddress(), before, after);
        entry.source = requester.source();
        entry.actorKind = actor.kind();
        entry.actorId = actor.id();
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
    public EventSource getSource() {
        return source;
    }

    @Override
    public Actor getActor() {
        return Actor.of(actorKind, actorId);
    }

}
