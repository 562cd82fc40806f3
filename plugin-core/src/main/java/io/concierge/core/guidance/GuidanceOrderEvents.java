package io.concierge.core.guidance;

import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventListener;
import io.concierge.core.kernel.orders.OrderEventType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Cancellations and refunds reduce what guidance sold: each such event of an order that holds an item added from a
 * recommendation is kept as a {@link RevenueDeductionImpl}, in the transaction that records the event, and
 * {@link GuidanceRevenue#sold} nets it out. Kept while guidance is switched off too, so the report is right when it
 * is switched on again.
 */
@Component("cncGuidanceOrderEvents")
public class GuidanceOrderEvents implements OrderEventListener {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional("blTransactionManager")
    public void eventRecorded(OrderEvent event) {
        if (!deducts(event.getType()) || em.createQuery("select count(s) from SuggestedItemImpl s"
                + " where s.orderId = :order", Long.class).setParameter("order", event.getOrderId())
                .getSingleResult() == 0) {
            return;
        }
        em.persist(new RevenueDeductionImpl(event.getId(), event.getOrderId(), event.getType(),
                OrderEventType.REFUNDED_IN_PART.equals(event.getType()) ? event.getAmount() : null));
    }

    /** Whether an event of this type takes something off the revenue of its order. */
    static boolean deducts(OrderEventType type) {
        return OrderEventType.CANCELLED.equals(type) || OrderEventType.REFUNDED.equals(type)
                || OrderEventType.REFUNDED_IN_PART.equals(type);
    }
}
