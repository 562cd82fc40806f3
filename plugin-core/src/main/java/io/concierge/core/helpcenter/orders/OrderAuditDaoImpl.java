package io.concierge.core.helpcenter.orders;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link OrderAuditDao}, on Broadleaf's persistence unit. */
@Repository("cncOrderAuditDao")
public class OrderAuditDaoImpl implements OrderAuditDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public OrderAuditEntry add(OrderAuditEntryImpl entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public List<OrderAuditEntry> readForOrder(long orderId) {
        return new ArrayList<OrderAuditEntry>(em.createQuery("select a from OrderAuditEntryImpl a"
                        + " where a.orderId = :order order by a.changedAt, a.id", OrderAuditEntryImpl.class)
                .setParameter("order", orderId)
                .getResultList());
    }
}
