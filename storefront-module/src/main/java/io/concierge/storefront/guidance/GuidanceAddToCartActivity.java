package io.concierge.storefront.guidance;

import io.concierge.core.guidance.GuidanceEvent;
import io.concierge.core.guidance.GuidanceRevenue;
import io.concierge.core.guidance.GuidanceTracking;
import io.concierge.core.guidance.TrackedRecommendation;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * A step at the end of Broadleaf's add-to-cart workflow: when the added product was reached by a click on a
 * recommendation in this session, counts an add to cart for that recommendation's block and reason (once per click),
 * and notes the new order item as added from it, so that its revenue is counted when the order is placed
 * ({@link GuidanceRevenue}).
 */
public class GuidanceAddToCartActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    private final GuidanceTracking tracking;
    private final GuidanceRevenue revenue;

    public GuidanceAddToCartActivity(GuidanceTracking tracking, GuidanceRevenue revenue) {
        this.tracking = tracking;
        this.revenue = revenue;
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) {
        BroadleafRequestContext request = BroadleafRequestContext.getBroadleafRequestContext();
        Long productId = context.getSeedData().getItemRequest().getProductId();
        if (request != null && request.getRequest() != null && productId != null) {
            TrackedRecommendation clicked = GuidanceClicks.takeClick(request.getRequest().getSession(false), productId);
            if (clicked != null) {
                tracking.record(clicked, GuidanceEvent.ADD_TO_CART);
                OrderItem item = context.getSeedData().getOrderItem();
                if (item != null && item.getId() != null) {
                    revenue.added(item.getId(), context.getSeedData().getOrder().getId(), clicked);
                }
            }
        }
        return context;
    }
}
