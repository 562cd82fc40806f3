package io.concierge.core.guidance;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Adapter to Broadleaf's checkout workflow ({@code blCheckoutWorkflow}), after the order is completed: the items
 * of the order that were added to the cart from a recommendation are sold now, with their revenue
 * ({@link GuidanceRevenue#orderPlaced}, in its own transaction as Broadleaf 3.1 runs the workflow without one). A
 * failure must not cost the shopper the order: it is logged, and those items stay uncounted.
 */
public class GuidanceCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(GuidanceCheckoutActivity.class);

    private final GuidanceRevenue revenue;

    public GuidanceCheckoutActivity(GuidanceRevenue revenue) {
        this.revenue = revenue;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) {
        Order order = context.getSeedData().getOrder();
        try {
            revenue.orderPlaced(order.getId());
        } catch (RuntimeException e) {
            LOG.warn("order " + order.getOrderNumber() + ": guidance's revenue not counted: " + e);
        }
        return context;
    }
}
