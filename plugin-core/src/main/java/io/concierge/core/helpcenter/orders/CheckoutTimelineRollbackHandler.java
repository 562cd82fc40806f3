package io.concierge.core.helpcenter.orders;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;

import java.util.Map;

/** Adapter to Broadleaf's workflow rollback: an order whose checkout failed after the timeline step was not placed. */
public class CheckoutTimelineRollbackHandler implements RollbackHandler<CheckoutSeed> {

    private final OrderTimelineService timelineService;

    public CheckoutTimelineRollbackHandler(OrderTimelineService timelineService) {
        this.timelineService = timelineService;
    }

    @Override
    public void rollbackState(Activity<? extends ProcessContext<CheckoutSeed>> activity,
                              ProcessContext<CheckoutSeed> context, Map<String, Object> state) {
        timelineService.forgetCheckout(context.getSeedData().getOrder().getId());
    }
}
