package io.concierge.core.loyalty;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adapter to Broadleaf's checkout workflow ({@code blCheckoutWorkflow}), after the order is completed: re-evaluates
 * the shopper's standing with the new order, so a tier reached by this order holds from the next cart on. Broadleaf
 * 3.1 runs the workflow without a transaction of its own, so the evaluation commits in its own one (a host that wraps
 * the checkout in a transaction has it joined instead). A failed evaluation must not cost the shopper the order: it
 * is logged, and the nightly recalculation makes up for it; inside a host's transaction the failure would mark that
 * transaction for rollback, which is why the workflow's step does not rely on one.
 */
public class LoyaltyCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private static final Log LOG = LogFactory.getLog(LoyaltyCheckoutActivity.class);

    private final LoyaltyStandings standings;
    private final PlatformTransactionManager transactionManager;

    public LoyaltyCheckoutActivity(LoyaltyStandings standings, PlatformTransactionManager transactionManager) {
        this.standings = standings;
        this.transactionManager = transactionManager;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order.getCustomer() != null && order.getCustomer().getId() != null) {
            long customerId = order.getCustomer().getId();
            try {
                new TransactionTemplate(transactionManager).execute(
                        status -> standings.reevaluate(customerId, LoyaltyChangeReason.ORDER));
            } catch (RuntimeException e) {
                LOG.warn("order " + order.getOrderNumber() + ": loyalty standing not re-evaluated: " + e);
            }
        }
        return context;
    }
}
