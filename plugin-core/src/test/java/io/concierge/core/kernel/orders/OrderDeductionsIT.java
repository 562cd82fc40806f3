package io.concierge.core.kernel.orders;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel's deductions: one row per cancellation or refund however many listeners record it, none for other events.
 */
@ExtendWith(BroadleafContextExtension.class)
class OrderDeductionsIT {

    @Resource(name = "cncOrderDeductions")
    OrderDeductions deductions;

    @Resource(name = "cncOrderDeductions")
    OrderEventListener listener;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    /** Ids of this test's own, far below those the tests of the capabilities make up. */
    private final long orderId = -ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

    @Test
    void anEventRecordedTwiceInItsTransactionAndAgainLaterDeductsOnce() {
        OrderEvent refund = event(orderId * 10, OrderEventType.REFUNDED_IN_PART, new BigDecimal("12.50"));

        new TransactionTemplate(transactionManager).execute(status -> {
            listener.eventRecorded(refund);
            deductions.record(refund);
            return null;
        });
        deductions.record(refund);

        List<OrderDeductionImpl> rows = rowsOfOrder();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getEventId()).isEqualTo(refund.getId());
        assertThat(rows.get(0).getKind()).isEqualTo(OrderEventType.REFUNDED_IN_PART);
        assertThat(rows.get(0).getAmount()).isEqualByComparingTo("12.50");
    }

    @Test
    void onlyCancellationsAndRefundsDeductAndOnlyARefundInPartKeepsAnAmount() {
        new TransactionTemplate(transactionManager).execute(status -> {
            listener.eventRecorded(event(orderId * 10 - 1, OrderEventType.DELIVERED, null));
            listener.eventRecorded(event(orderId * 10 - 2, OrderEventType.RETURN_RECEIVED, null));
            return null;
        });
        assertThat(rowsOfOrder()).as("no deduction for a delivery or a received return").isEmpty();

        listener.eventRecorded(event(orderId * 10 - 3, OrderEventType.REFUNDED, new BigDecimal("5.00")));
        listener.eventRecorded(event(orderId * 10 - 4, OrderEventType.CANCELLED, null));

        List<OrderDeductionImpl> rows = rowsOfOrder();
        assertThat(rows).extracting(OrderDeductionImpl::getKind)
                .containsExactly(OrderEventType.REFUNDED, OrderEventType.CANCELLED);
        assertThat(rows).extracting(OrderDeductionImpl::getAmount).containsOnlyNulls();
    }

    private List<OrderDeductionImpl> rowsOfOrder() {
        return new TransactionTemplate(transactionManager).execute(status -> em.createQuery(
                "select d from OrderDeductionImpl d where d.orderId = :order order by d.eventId desc",
                OrderDeductionImpl.class).setParameter("order", orderId).getResultList());
    }

    private OrderEvent event(long id, OrderEventType type, BigDecimal amount) {
        return AnnouncedEvent.of(id, orderId, type, amount);
    }
}
