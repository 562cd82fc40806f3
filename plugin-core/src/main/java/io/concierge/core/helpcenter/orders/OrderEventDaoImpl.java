package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link OrderEventDao}, on Broadleaf's persistence unit. */
@Repository("cncOrderEventDao")
public class OrderEventDaoImpl implements OrderEventDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<OrderEvent> readForOrder(long orderId) {
        return new ArrayList<OrderEvent>(em.createQuery(
                        "select e from OrderEventImpl e where e.orderId = :order order by e.position", OrderEventImpl.class)
                .setParameter("order", orderId)
                .getResultList());
    }

    @Override
    public OrderEvent readBySender(long orderId, EventSource source, String senderEventId) {
        List<OrderEventImpl> found = em.createQuery("select e from OrderEventImpl e where e.orderId = :order"
                        + " and e.source = :source and e.senderEventId = :sender", OrderEventImpl.class)
                .setParameter("order", orderId)
                .setParameter("source", source)
                .setParameter("sender", senderEventId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<OrderEvent> readOpenReturns(int max) {
        return new ArrayList<OrderEvent>(em.createQuery("select e from OrderEventImpl e where e.type in (:returns)"
                        + " and not exists (select r from OrderEventImpl r where r.orderId = e.orderId"
                        + " and r.type = :refunded) order by e.occurredAt, e.id", OrderEventImpl.class)
                .setParameter("returns", Arrays.asList(OrderEventType.RETURN_REQUESTED, OrderEventType.WITHDRAWN))
                .setParameter("refunded", OrderEventType.REFUNDED)
                .setMaxResults(max)
                .getResultList());
    }

    @Override
    public OrderEvent add(OrderEventImpl event) {
        em.persist(event);
        em.flush();
        return event;
    }

    @Override
    public int deleteFromSource(long orderId, EventSource source) {
        return em.createQuery("delete from OrderEventImpl e where e.orderId = :order and e.source = :source")
                .setParameter("order", orderId)
                .setParameter("source", source)
                .executeUpdate();
    }
}
