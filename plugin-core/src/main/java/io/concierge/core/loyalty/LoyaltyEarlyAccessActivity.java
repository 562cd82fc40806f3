package io.concierge.core.loyalty;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ErrorHandler;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.WorkflowException;

import java.time.LocalDate;
import java.util.Date;

/**
 * A step of Broadleaf's add-to-cart workflow, before the item is added: a product held back for early access
 * ({@link LoyaltyEarlyAccess}) is refused to a cart whose customer's tier lacks it, with
 * {@link LoyaltyEarlyAccessRefused}, so that every way into a cart (themes, Broadleaf's API) keeps the rule.
 */
public class LoyaltyEarlyAccessActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    private final LoyaltyEarlyAccess earlyAccess;
    private final CatalogService catalog;

    public LoyaltyEarlyAccessActivity(LoyaltyEarlyAccess earlyAccess, CatalogService catalog) {
        this.earlyAccess = earlyAccess;
        this.catalog = catalog;
        // A refusal is the shopper's answer, not a fault: passed on without the workflow's logged stack trace.
        setErrorHandler(new ErrorHandler() {
            @Override
            public void handleError(ProcessContext context, Throwable refused) throws WorkflowException {
                throw new WorkflowException(refused);
            }

            @Override
            public void setBeanName(String name) {
            }
        });
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) {
        CartOperationRequest request = context.getSeedData();
        Product product = productOf(request.getItemRequest());
        Date now = new Date();
        LocalDate lastDay = earlyAccess.heldBackThrough(product, now);
        if (lastDay != null && !earlyAccess.mayBuy(request.getOrder().getCustomer(), product, now)) {
            throw new LoyaltyEarlyAccessRefused(product.getId(), lastDay);
        }
        return context;
    }

    private Product productOf(OrderItemRequestDTO item) {
        if (item == null) {
            return null;
        }
        if (item.getProductId() != null) {
            return catalog.findProductById(item.getProductId());
        }
        Sku sku = item.getSkuId() == null ? null : catalog.findSkuById(item.getSkuId());
        return sku == null ? null : sku.getProduct();
    }
}
