package io.concierge.core.kernel.orders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Records each cancellation and refund the timeline announces, whether or not a capability that reads them is
 * installed or switched on, so their reports are right when it is.
 */
@Component("cncOrderDeductions")
public class OrderDeductionsImpl implements OrderDeductions, OrderEventListener {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional("blTransactionManager")
    public void eventRecorded(OrderEvent event) {
        record(event);
    }

    @Override
    @Transactional("blTransactionManager")
    public void record(OrderEvent event) {
        // The find sees a row persisted earlier in this persistence context, not yet flushed: a second listener's
        // call for the same event is a no-op rather than a duplicate key at commit.
        if (deducts(event.getType()) && em.find(OrderDeductionImpl.class, event.getId()) == null) {
            em.persist(new OrderDeductionImpl(event));
        }
    }

    /** Whether an event of this type takes something off its order. */
    static boolean deducts(OrderEventType type) {
        return OrderEventType.CANCELLED.equals(type) || OrderEventType.REFUNDED.equals(type)
                || OrderEventType.REFUNDED_IN_PART.equals(type);
    }
}
