package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Adapter to Broadleaf's checkout workflow ({@code blCheckoutWorkflow}): after Broadleaf has confirmed the payment
 * and completed the order, records "placed" and, when the captured payments cover the total, "paid". Each under
 * a fixed sender event id, so a checkout that runs again records nothing twice. Broadleaf 3.1 runs the workflow
 * without a transaction of its own: the events are written in the caller's transaction when there is one, and a
 * later activity that fails takes them back through {@link CheckoutTimelineRollbackHandler}.
 */
public class CheckoutTimelineActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    static final String PLACED_SENDER_ID = "checkout-placed";
    static final String PAID_SENDER_ID = "checkout-paid";

    private static final Log LOG = LogFactory.getLog(CheckoutTimelineActivity.class);

    private final OrderTimelineService timelineService;

    public CheckoutTimelineActivity(OrderTimelineService timelineService) {
        this.timelineService = timelineService;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        Actor shopper = Actor.customer(order.getCustomer().getId());
        record(order, new NewOrderEvent(OrderEventType.PLACED, EventSource.CHECKOUT, shopper)
                .at(order.getSubmitDate()).senderEventId(PLACED_SENDER_ID));
        if (BroadleafOrders.isPaidInFull(order)) {
            record(order, new NewOrderEvent(OrderEventType.PAID, EventSource.CHECKOUT, shopper)
                    .senderEventId(PAID_SENDER_ID));
        }
        return context;
    }

    /** A timeline that does not take the event must not cost the shopper the order: it is logged instead. */
    private void record(Order order, NewOrderEvent event) throws UnknownOrderException {
        try {
            timelineService.record(order.getId(), event);
        } catch (RefusedOrderEventException refused) {
            LOG.warn("order " + order.getOrderNumber() + ": " + refused.getMessage());
        }
    }
}
