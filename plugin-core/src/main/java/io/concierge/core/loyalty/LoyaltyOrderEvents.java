package io.concierge.core.loyalty;

import io.concierge.core.kernel.orders.OrderDeductions;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventListener;
import io.concierge.core.kernel.orders.OrderEventType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Cancellations and refunds count against the standing at once: each such event's deduction is recorded first (by
 * the kernel's {@link OrderDeductions}, whatever order the listeners run in) and the order's customer re-evaluated,
 * in the transaction that records the event.
 */
@Component("cncLoyaltyOrderEvents")
public class LoyaltyOrderEvents implements OrderEventListener {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncOrderDeductions")
    protected OrderDeductions deductions;

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @Override
    @Transactional("blTransactionManager")
    public void eventRecorded(OrderEvent event) {
        LoyaltyChangeReason reason = reasonOf(event.getType());
        if (reason == null) {
            return;
        }
        deductions.record(event);
        List<Long> customer = em.createQuery("select o.customer.id from OrderImpl o where o.id = :order", Long.class)
                .setParameter("order", event.getOrderId()).getResultList();
        if (!customer.isEmpty() && customer.get(0) != null) {
            standings.reevaluate(customer.get(0), reason);
        }
    }

    /** @return why the event changes a standing, or null when it does not */
    static LoyaltyChangeReason reasonOf(OrderEventType type) {
        if (OrderEventType.CANCELLED.equals(type)) {
            return LoyaltyChangeReason.CANCELLATION;
        }
        if (OrderEventType.REFUNDED.equals(type) || OrderEventType.REFUNDED_IN_PART.equals(type)) {
            return LoyaltyChangeReason.REFUND;
        }
        return null;
    }
}
